// Refuses inputs that cannot be an article before any extraction work is done.
import { IngestError, MAX_INPUT_BYTES } from "./errors";

const ARABIC_LETTER = /[\u0621-\u064A]/g;

export function checkInputBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new IngestError("TOO_LARGE", `file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new IngestError("BINARY", "file contains NUL bytes: it is binary, not text");
}

export function checkInputText(text: string): void {
  if (text.trim().length === 0) throw new IngestError("EMPTY", "file is empty");
  const control = text.slice(0, 8192).match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (control > 32) throw new IngestError("BINARY", "file is mostly control or undecodable characters");
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  if (arabic < 40) throw new IngestError("NO_ARABIC", "file has no Arabic text");
}
