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
  const lineVerdicts = JSON.stringify(storedVerdicts(x.lines));
  return {
    contentHash: rec.contentHash,
    fingerprint: fingerprintOf(rec, lineVerdicts),
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
    lineVerdicts,
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

/**
 * Everything the written rows derive from; the same fingerprint means the stored rows are already right.
 * Of the line verdicts only what is stored counts (their text repeats the input's, and is most of the
 * extraction's size), and a source equal to the text is stored as the text alone.
 */
function fingerprintOf(rec: ArticleRecord, lineVerdicts: string): string {
  const { lines: _lines, ...fields } = rec.extracted;
  const source = rec.input.source === rec.input.text ? null : (rec.input.source ?? null);
  return createHash("sha256")
    .update(JSON.stringify([rec.input.fileName, source, rec.input.text, fields]))
    .update(lineVerdicts)
    .digest("hex");
}
