// The editors' two writes over the app's database: an upload of files (upload.ts) and a correction of an
// event (record-correction.ts). Called by the server actions in app/ after the rate limit and the token.
import "server-only";
import { database } from "../data/client";
import type { CorrectionInput } from "../data/write/log-correction";
import type { LoggedTopic } from "../data/write/log-topic";
import { recordCorrection, recordTopicCorrection, type CorrectionOutcome } from "./record-correction";
import { loadUploads, type Upload, type UploadReport } from "./upload";

export async function loadEditorUploads(uploads: Upload[]): Promise<UploadReport[]> {
  return loadUploads(database(), uploads);
}

/** Log a correction and regroup. */
export async function correctEvent(input: CorrectionInput, note?: string): Promise<CorrectionOutcome> {
  return recordCorrection(database(), input, note);
}

/** Move an article onto or off the talks timeline (its topic verdict), logged, then regroup. */
export async function correctTopic(input: { articleId: number; onTopic: boolean }, note?: string): Promise<LoggedTopic> {
  return recordTopicCorrection(database(), input, note);
}
