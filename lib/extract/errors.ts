// Expected per-file failures of a load, each with a code tools can match and an Arabic-free message for logs.
import type { IngestErrorCode } from "../enums/ingest-error";

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

/** Inputs above this are refused: real article pages are well under 2 MB; larger files are dumps or mistakes. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
