// Runs the loader's dry run over gold slices, exactly as `npm run ingest -- --dry-run` would (extraction of
// every file, then grouping of all of them together), and scores the result per slice and overall.
import { extractFile } from "../../../lib/load/load";
import { groupDryRun } from "../../../lib/load/dry-run-events";
import type { ExtractedArticle } from "../../../lib/extract/types";
import { readSlice, sliceDirs, type GoldArticle } from "./gold";
import { addCounts, emptyCounts, scoreArticle, scorePairs, type Counts, type Prediction, type Scored } from "./score";

export interface AccuracyReport {
  slices: Array<{ name: string; articles: number; counts: Counts }>;
  overall: Counts;
  items: Scored[];
  ms: number;
}

function predictionOf(x: ExtractedArticle | null, raw: string, event: { key: string; date: string | null } | null): Prediction {
  if (!x) {
    return { ok: false, raw, lines: [], title: null, titleSource: null, outlet: null, publishedAt: null, dateBasis: "unknown", people: [], onTopic: false, event: null };
  }
  return {
    ok: true,
    raw,
    lines: x.lines.map((l) => ({ line: l.line, kind: l.kind })),
    title: x.title || null,
    titleSource: x.titleSource ?? (x.title ? "text" : null),
    outlet: x.outlet ? { nameAr: x.outlet.nameAr, nameLatin: x.outlet.nameLatin, domain: x.outlet.domain } : null,
    publishedAt: x.publishedAt,
    dateBasis: x.dateBasis,
    people: x.people.map((p) => ({ id: p.id, asWritten: p.asWritten })),
    onTopic: x.topic?.onTopic ?? true,
    event,
  };
}

/** Dry-runs every article of the slices under `roots` (grouped together, as one load) and scores them. */
export function runAccuracy(roots: string[]): AccuracyReport {
  const started = performance.now();
  const articles: GoldArticle[] = roots.flatMap((r) => sliceDirs(r)).flatMap(readSlice);
  const extracted = articles.map((a) => {
    try {
      const { input, extracted } = extractFile(a.path);
      return { x: extracted, raw: input.text };
    } catch {
      return { x: null, raw: "" };
    }
  });
  const grouping = groupDryRun(extracted.map((e) => e.x));
  const items: Scored[] = articles.map((a, i) => {
    const slug = grouping.eventOf.get(i);
    const x = grouping.redated.get(i) ?? extracted[i]!.x;
    const event = slug ? { key: slug, date: grouping.eventDate.get(slug) ?? null } : null;
    return { slice: a.slice, gold: a.gold, prediction: predictionOf(x, extracted[i]!.raw, event) };
  });
  const names = [...new Set(articles.map((a) => a.slice))];
  const slices = names.map((name) => {
    const mine = items.filter((it) => it.slice === name);
    const counts = mine.map(scoreArticle).reduce(addCounts, emptyCounts());
    scorePairs(mine, counts);
    return { name, articles: mine.length, counts };
  });
  const overall = items.map(scoreArticle).reduce(addCounts, emptyCounts());
  scorePairs(items, overall);
  return { slices, overall, items, ms: performance.now() - started };
}
