// The load stage: inputs are read and extracted one by one, then written in batches.
// A file that cannot be read or extracted fails alone; a batch that cannot be written is retried
// article by article, so one bad article never stops the rest.
import { createHash } from "node:crypto";
import type { Database } from "../data/client";
import type { ArticleRecord } from "../data/write/article-rows";
import { readGroupingDebt } from "../data/write/read-grouping-debt";
import { syncPeople } from "../data/write/sync-people";
import { writeArticles } from "../data/write/write-articles";
import { loadGazetteers } from "../entities/gazetteers";
import { logJson } from "../log";
import type { IngestErrorCode } from "../enums/ingest-error";
import type { LoadStatus } from "../enums/load-status";
import { IngestError } from "../extract/errors";
import { extractArticle } from "../extract/extract";
import { inputLabel, readInput, type LoadInput } from "./read-inputs";
import { groupDryRun } from "./dry-run-events";
import { assignNewArticles, regroupPlan } from "./assign-new";
import { regroupEvents } from "./regroup";
import type { ExtractedArticle, RawInput } from "../extract/types";

export type FileResult =
  | { file: string; ok: true; status: LoadStatus | "dry-run"; articleId?: number; event?: string; extracted: ExtractedArticle }
  | { file: string; ok: false; error: { code: IngestErrorCode; message: string } };

export interface LoadSummary {
  results: FileResult[];
  counts: Record<LoadStatus | "failed", number>;
}

export interface LoadOptions {
  /** Called once per input, in input order. */
  onResult?: (result: FileResult, index: number) => void;
  /** Articles written per transaction. */
  batchSize?: number;
  /** When to group new articles one by one instead of regrouping everything (lib/load/assign-new.ts). */
  incremental?: { minCorpus: number; maxNew: number };
}

/** Identity of an input: its text with line endings and surrounding space normalised. */
export function contentHashOf(input: RawInput): string {
  return createHash("sha256")
    .update((input.source ?? input.text).replace(/\r\n?/g, "\n").trim())
    .digest("hex");
}

export function extractFile(file: LoadInput): { input: RawInput; extracted: ExtractedArticle } {
  const { input, warnings } = readInput(file);
  const extracted = extractArticle(input);
  extracted.warnings.unshift(...warnings);
  if (!extracted.body.trim()) throw new IngestError("NO_BODY", "no article body was found");
  return { input, extracted };
}

export function recordOf(input: RawInput, extracted: ExtractedArticle): ArticleRecord {
  const contentHash = contentHashOf(input);
  return { input, contentHash, extracted };
}

/** Loads files (paths or files in memory) into the database, or only extracts them when `database` is null (dry run). */
export async function loadFiles(database: Database | null, files: LoadInput[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = opts.batchSize ?? 200;
  const results: FileResult[] = [];
  /** Time spent on each file: its extraction plus its share of its batch's transaction. */
  const report = (r: FileResult, ms?: number) => {
    if (ms !== undefined)
      logJson(
        "article",
        {
          file: r.file,
          status: r.ok ? r.status : "failed",
          ms: Math.round(ms * 10) / 10,
          articleId: r.ok ? r.articleId : undefined,
          error: r.ok ? undefined : r.error.code,
        },
        r.ok ? "info" : "warn",
      );
    opts.onResult?.(r, results.length);
    results.push(r);
  };

  if (!database) {
    dryRun(files.map(prepare)).forEach((r) => report(r));
    return summarise(results);
  }
  await syncPeople(database, loadGazetteers().people);
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize).map(timed(prepare));
    const ready = batch.filter((p): p is Prepared & { ok: true; ms: number } => p.ok);
    const writeStarted = performance.now();
    const outcomes = await writeArticles(
      database,
      ready.map((p) => p.record),
    );
    const writeShare = ready.length ? (performance.now() - writeStarted) / ready.length : 0;
    const outcomeOf = new Map(ready.map((p, i) => [p, outcomes[i]!]));
    for (const p of batch) {
      if (!p.ok) report({ file: p.file, ok: false, error: p.error }, p.ms);
      else {
        const o = outcomeOf.get(p)!;
        report(
          o.ok
            ? { file: p.file, ok: true, status: o.status, articleId: o.articleId, extracted: p.record.extracted }
            : { file: p.file, ok: false, error: { code: "DATABASE", message: firstLine(o.error.message) } },
          p.ms + writeShare,
        );
      }
    }
  }

  const summary = summarise(results);
  await groupPending(database, summary.counts.updated, opts.incremental);
  return summary;
}

/**
 * Groups what is owed: every article in no event — this run's new ones, and any a run killed during its
 * regrouping left behind (its rerun finds the files unchanged) — joins events one by one when that is
 * safe and cheaper, otherwise everything is regrouped (lib/load/assign-new.ts says when); `updated`
 * articles always regroup everything. Each grouping bumps the data version in its own transaction.
 * Returns the plan that ran.
 */
export async function groupPending(database: Database, updated = 0, limits?: LoadOptions["incremental"]): Promise<"none" | "incremental" | "full"> {
  const { corpus, unassigned } = await readGroupingDebt(database);
  const plan = regroupPlan({ corpus, updated, added: unassigned }, limits);
  if (plan !== "none") logJson("grouping", { plan, articles: unassigned.length, updated });
  if (plan === "incremental")
    await assignNewArticles(
      database,
      unassigned.map((a) => a.articleId),
    );
  else if (plan === "full") await regroupEvents(database);
  return plan;
}

function summarise(results: FileResult[]): LoadSummary {
  const counts = { loaded: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const r of results) {
    if (!r.ok) counts.failed++;
    else if (r.status !== "dry-run") counts[r.status]++;
  }
  return { results, counts };
}

/** Nothing is written; the inputs are grouped among themselves so inferred dates show (reported after all are read). */
function dryRun(prepared: Prepared[]): FileResult[] {
  const { eventOf, redated } = groupDryRun(prepared.map((p) => (p.ok ? p.record.extracted : null)));
  return prepared.map((p, i) => (p.ok ? { file: p.file, ok: true, status: "dry-run", event: eventOf.get(i), extracted: redated.get(i) ?? p.record.extracted } : p));
}

const timed =
  <A, R>(f: (a: A) => R) =>
  (a: A): R & { ms: number } => {
    const started = performance.now();
    const r = f(a);
    return Object.assign(r as object, { ms: performance.now() - started }) as R & { ms: number };
  };

type Prepared = { file: string; ok: true; record: ArticleRecord } | (FileResult & { ok: false });

function prepare(source: LoadInput): Prepared {
  const file = inputLabel(source);
  try {
    const { input, extracted } = extractFile(source);
    return { file, ok: true, record: recordOf(input, extracted) };
  } catch (e) {
    if (e instanceof IngestError) return { file, ok: false, error: { code: e.code, message: e.message } };
    return { file, ok: false, error: { code: "UNREADABLE", message: firstLine(e instanceof Error ? e.message : String(e)) } };
  }
}

const firstLine = (s: string) => s.split("\n")[0]!;
