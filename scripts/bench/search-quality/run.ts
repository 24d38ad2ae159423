// Loads the development corpus through the real loader into a database, then runs the judged queries
// through the search the API uses and scores each ranked list (articles: full matches, then partial ones).
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../../lib/data/client";
import { loadFiles } from "../../../lib/load/load";
import { listInputFiles } from "../../../lib/load/read-inputs";
import { parseSearchParams } from "../../../lib/params/search";
import type { JudgedQuery } from "./judged";
import { scoreRanking, type QueryScore } from "./metrics";

export interface JudgedResult {
  query: JudgedQuery;
  ranked: string[];
  score: QueryScore;
  /** Must-find files missing from the first 20. */
  missed: string[];
  /** The events listed above the articles (their titles). */
  events: string[];
}

/** The slice folders of a corpus root (every folder holding an articles/ folder). */
export function corpusSlices(root: string): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "articles")))
    .map((d) => d.name)
    .sort();
}

/** `<slice>/<file>` of an input path (<root>/<slice>/articles/<file>). */
export const judgedKey = (file: string) => `${path.basename(path.dirname(path.dirname(file)))}/${path.basename(file)}`;

/** Loads every slice; returns the judged keys of each stored article (a file identical to another shares its row). */
export async function loadCorpusInto(database: Database, root: string): Promise<Map<number, string[]>> {
  const files = listInputFiles(corpusSlices(root).map((s) => path.join(root, s, "articles")));
  const summary = await loadFiles(database, files);
  await database.pool.query("ANALYZE");
  const keys = new Map<number, string[]>();
  for (const r of summary.results) if (r.ok && r.articleId !== undefined) keys.set(r.articleId, [...(keys.get(r.articleId) ?? []), judgedKey(r.file)]);
  return keys;
}

/** Runs every query (DATABASE_URL must point at the loaded database) and scores it. */
export async function judgeQueries(keyOf: Map<number, string[]>, queries: JudgedQuery[]): Promise<JudgedResult[]> {
  const { searchUncached } = await import("../../../lib/data/search");
  const out: JudgedResult[] = [];
  for (const query of queries) {
    const parsed = parseSearchParams(new URLSearchParams({ q: query.q, pageSize: "20" }));
    if (!parsed.ok) throw new Error(`${query.q}: ${JSON.stringify(parsed.issues)}`);
    const result = await searchUncached(parsed.value);
    const hits = [...result.hits, ...((result as { partial?: typeof result.hits }).partial ?? [])];
    const ranked = hits.flatMap((h) => keyOf.get(h.articleId) ?? [String(h.articleId)]);
    const score = scoreRanking(ranked, query.must);
    const top = new Set(ranked.slice(0, 20));
    const events = ((result as { events?: Array<{ title: string }> }).events ?? []).map((e) => e.title);
    out.push({ query, ranked, score, missed: query.must.filter((f) => !top.has(f)), events });
  }
  return out;
}
