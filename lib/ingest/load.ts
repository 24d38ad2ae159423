// The load stage: every input is read, extracted and saved on its own, so one bad file never stops the rest.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { saveArticle, type SaveOutcome } from "../data/save-article";
import { syncPeople } from "../data/sync-people";
import { removeEmptyEvents } from "../data/remove-empty-events";
import { loadGazetteers } from "../entities/gazetteers";
import { singleArticleEvent } from "../events/single-article-event";
import { IngestError, type IngestErrorCode } from "./errors";
import { extractArticle } from "./extract";
import { readInput } from "./read-inputs";
import type { ExtractedArticle, RawInput } from "./types";

export type FileResult =
  | { file: string; ok: true; status: SaveOutcome["status"] | "dry-run"; articleId?: number; extracted: ExtractedArticle }
  | { file: string; ok: false; error: { code: IngestErrorCode; message: string } };

export interface LoadSummary {
  results: FileResult[];
  counts: Record<"loaded" | "updated" | "unchanged" | "failed", number>;
}

/** Identity of an input: its text with line endings and surrounding space normalised. */
export function contentHashOf(input: RawInput): string {
  return createHash("sha256").update(input.text.replace(/\r\n?/g, "\n").trim()).digest("hex");
}

export function extractFile(file: string): { input: RawInput; extracted: ExtractedArticle } {
  const { input, warnings } = readInput(file);
  const extracted = extractArticle(input);
  extracted.warnings.unshift(...warnings);
  if (!extracted.body.trim()) throw new IngestError("NO_BODY", "no article body was found");
  return { input, extracted };
}

export async function loadFiles(
  db: PrismaClient | null,
  files: string[],
  onResult?: (result: FileResult, index: number) => void,
): Promise<LoadSummary> {
  if (db) await syncPeople(db, loadGazetteers().people);
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    const result = await loadOne(db, file);
    results.push(result);
    onResult?.(result, index);
  }
  if (db) await removeEmptyEvents(db);
  const counts = { loaded: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const r of results) {
    if (!r.ok) counts.failed++;
    else if (r.status !== "dry-run") counts[r.status]++;
  }
  return { results, counts };
}

async function loadOne(db: PrismaClient | null, file: string): Promise<FileResult> {
  let prepared: ReturnType<typeof extractFile>;
  try {
    prepared = extractFile(file);
  } catch (e) {
    return failure(file, e, "UNREADABLE");
  }
  const { input, extracted } = prepared;
  if (!db) return { file, ok: true, status: "dry-run", extracted };
  try {
    const contentHash = contentHashOf(input);
    const outcome = await saveArticle(db, { input, contentHash, extracted, event: singleArticleEvent(contentHash, extracted) });
    return { file, ok: true, status: outcome.status, articleId: outcome.articleId, extracted };
  } catch (e) {
    return failure(file, e, "DATABASE");
  }
}

function failure(file: string, e: unknown, fallback: IngestErrorCode): FileResult {
  if (e instanceof IngestError) return { file, ok: false, error: { code: e.code, message: e.message } };
  return { file, ok: false, error: { code: fallback, message: e instanceof Error ? e.message.split("\n")[0]! : String(e) } };
}
