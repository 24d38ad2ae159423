// What one extracted article becomes in the database, as plain rows. Shared by every write path.
import { createHash } from "node:crypto";
import type { EventDraft } from "../../events/single-article-event";
import type { ExtractedArticle, RawInput } from "../../ingest/types";

export interface ArticleRecord {
  input: RawInput;
  contentHash: string;
  extracted: ExtractedArticle;
  event: EventDraft;
}

export interface ArticleRow {
  contentHash: string;
  fingerprint: string;
  sourceFile: string;
  rawText: string;
  title: string;
  body: string;
  caption: string | null;
  datelineCity: string | null;
  datelineAgency: string | null;
  publishedAt: string | null;
  dateBasis: string;
  dateEvidence: string | null;
  lineVerdicts: string; // JSON
  warnings: string[];
  outletId: string | null;
}

export function articleRow(rec: ArticleRecord): ArticleRow {
  const { extracted: x, input } = rec;
  return {
    contentHash: rec.contentHash,
    fingerprint: fingerprintOf(rec),
    sourceFile: input.fileName,
    rawText: input.source ?? input.text,
    title: x.title,
    body: x.body,
    caption: x.caption,
    datelineCity: x.dateline?.city ?? null,
    datelineAgency: x.dateline?.agency ?? null,
    publishedAt: x.publishedAt,
    dateBasis: x.dateBasis,
    dateEvidence: x.dateEvidence,
    lineVerdicts: JSON.stringify(x.lines),
    warnings: x.warnings,
    outletId: x.outlet?.id ?? null,
  };
}

/** Everything the write derives from; the same fingerprint means the stored rows are already right. */
function fingerprintOf(rec: ArticleRecord): string {
  return createHash("sha256")
    .update(JSON.stringify([rec.input.fileName, rec.input.source ?? null, rec.input.text, rec.extracted, rec.event]))
    .digest("hex");
}
