// What one extracted article becomes in the database, as plain rows. Shared by every write path.
import { createHash } from "node:crypto";
import type { ExtractedArticle, LineVerdict, RawInput } from "../../extract/types";
import { searchTextOf } from "../../search/index-text";

export type StoredVerdict = Omit<LineVerdict, "text">;

export interface ArticleRecord {
  input: RawInput;
  contentHash: string;
  extracted: ExtractedArticle;
}

export interface ArticleRow {
  contentHash: string;
  fingerprint: string;
  sourceFile: string;
  rawText: string;
  readText: string | null;
  title: string;
  /** TitleSource enum value (url_slug, not url-slug), null without a title. */
  titleSource: string | null;
  body: string;
  caption: string | null;
  datelineCity: string | null;
  datelineAgency: string | null;
  publishedAt: string | null;
  dateBasis: string;
  dateEvidence: string | null;
  dateClues: string | null; // JSON
  onTopic: boolean;
  topicReason: string | null;
  lineVerdicts: string; // JSON
  warnings: string[];
  outletId: string | null;
  /** Normalised, stemmed search text (lib/search/index-text.ts); the database derives the tsvector.
   *  Filled by withSearchText only for rows that are written (an unchanged article costs nothing). */
  searchTitle?: string;
  searchBody?: string;
}

export function articleRow(rec: ArticleRecord): ArticleRow {
  const { extracted: x, input } = rec;
  return {
    contentHash: rec.contentHash,
    fingerprint: fingerprintOf(rec),
    sourceFile: input.fileName,
    rawText: input.source ?? input.text,
    readText: input.source !== undefined && input.source !== input.text ? input.text : null,
    title: x.title,
    titleSource: x.title ? (x.titleSource ?? "text").replace("-", "_") : null,
    body: x.body,
    caption: x.caption,
    datelineCity: x.dateline?.city ?? null,
    datelineAgency: x.dateline?.agency ?? null,
    publishedAt: x.publishedAt,
    dateBasis: x.dateBasis,
    dateEvidence: x.dateEvidence,
    dateClues: x.dateClues ? JSON.stringify(x.dateClues) : null,
    onTopic: x.topic?.onTopic ?? true,
    topicReason: x.topic?.reason ?? null,
    lineVerdicts: JSON.stringify(storedVerdicts(x.lines)),
    warnings: x.warnings,
    outletId: x.outlet?.id ?? null,
  };
}

/** The row with its search text, for an insert or update. */
export function withSearchText(row: ArticleRow, rec: ArticleRecord): ArticleRow {
  return { ...row, ...searchTextOf(rec.extracted) };
}

/** Verdicts without their text (the stored text has it) and without blank lines: a fraction of the size. */
function storedVerdicts(lines: LineVerdict[]): StoredVerdict[] {
  return lines.filter((l) => l.kind !== "blank").map(({ line, kind, reason }) => (reason ? { line, kind, reason } : { line, kind }));
}

/** Everything the write derives from; the same fingerprint means the stored rows are already right. */
function fingerprintOf(rec: ArticleRecord): string {
  return createHash("sha256")
    .update(JSON.stringify([rec.input.fileName, rec.input.source ?? null, rec.input.text, rec.extracted]))
    .digest("hex");
}
