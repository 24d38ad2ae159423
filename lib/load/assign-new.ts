// Incremental grouping after a load: each new dated article joins a stored event or starts one
// (lib/events/assign.ts), reading only the events near its date, instead of regrouping the whole
// corpus (about 30 s at 100,000 articles). The editors' corrections are replayed on every event it
// touches, as a full regroup would.
//
// It is used only where it is safe and worth it (see `regroupPlan`): a large corpus, a modest batch of
// new articles that all carry their own date, and nothing updated. Anything else — undated articles,
// changed articles, a first or bulk load — takes the full recompute, which also reconsiders undated
// articles earlier loads could not place. `npm run events:regroup` recomputes from scratch at any time.
import type { Database } from "../data/client";
import { applyEventChanges } from "../data/write/apply-events";
import { readCorrections } from "../data/write/read-corrections";
import { readCoverage } from "../data/write/read-coverage";
import { readEventsNear } from "../data/write/read-events-near";
import { slugsLike } from "../data/write/read-slugs";
import { featuresOf, type Features } from "../events/features";
import { uniqueSlugs } from "../events/slug";
import type { CoverageItem } from "../events/types";
import { LASTING_SPAN_DAYS } from "../events/thresholds";
import { applyCorrections, assignToEvents, describerOver, loadEventCues, loadEventNames } from "../events";

export const INCREMENTAL = {
  /** Below this many stored articles a full regroup takes a second or two and is exact: use it. */
  minCorpus: 5_000,
  /** Above this many new articles one recompute is cheaper than assigning them one by one
   * (npm run bench:incremental: about 60 ms an article against 20-30 s for a full regroup at 100,000). */
  maxNew: 250,
} as const;

export interface LoadChanges {
  corpus: number;
  updated: number;
  /** Articles in no event (newly stored, or left by a run killed while it regrouped) and whether each carries a date of its own. */
  added: Array<{ articleId: number; dated: boolean }>;
}

export function regroupPlan(c: LoadChanges, limits: { minCorpus: number; maxNew: number } = INCREMENTAL): "none" | "incremental" | "full" {
  if (c.updated === 0 && c.added.length === 0) return "none";
  const incremental = c.updated === 0 && c.corpus >= limits.minCorpus && c.added.length <= limits.maxNew && c.added.every((a) => a.dated);
  return incremental ? "incremental" : "full";
}

/** Assigns each new article, in date order, to an event; returns how many events were written. */
export async function assignNewArticles(database: Database, articleIds: number[]): Promise<number> {
  const ctx = { cues: loadEventCues(), names: loadEventNames(), features: new Map<string, Features>() };
  const [items, corrections] = await Promise.all([readCoverage(database, articleIds), readCorrections(database)]);
  items.sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || Number(a.key) - Number(b.key));
  let written = 0;
  // Articles read for one new article are often read for the next (same days, same people).
  const itemCache = new Map<string, CoverageItem>();
  for (const item of items) {
    if (!item.publishedAt) throw new Error(`assignNewArticles: article ${item.key} has no date of its own`);
    // A dated article joins only an event sharing one of its main people (lib/events/pair.ts), and an
    // event's participants hold every member's main people: other events are not read at all.
    // Read once: assignToEvents finds these features in ctx.features.
    if (!ctx.features.has(item.key)) ctx.features.set(item.key, featuresOf(item, ctx.cues, ctx.names));
    const principals = ctx.features.get(item.key)!.principals;
    const near = principals.length ? await readEventsNear(database, item.publishedAt, LASTING_SPAN_DAYS, principals) : [];
    const known = near.flatMap((e) => e.members.map((m) => m.key));
    const memberItems = [...known.flatMap((k) => itemCache.get(k) ?? []), ...(await readCoverage(database, known.filter((k) => !itemCache.has(k)).map(Number)))];
    for (const i of memberItems) itemCache.set(i.key, i);
    const a = assignToEvents(item, { events: near, items: memberItems }, ctx);
    const joined = a.events.find((e) => e.slug === a.eventSlug)!;
    const before = a.created ? null : near.find((e) => e.members.some((m) => joined.members.some((j) => j.key === m.key)))!;
    // assign.ts keeps slugs unique among the events it saw; the rest of the corpus is checked here.
    if (joined.slug !== before?.slug)
      joined.slug = await unusedSlug(
        database,
        joined.slug,
        near.map((e) => e.slug),
      );
    const events = applyCorrections([joined], corrections, describerOver([...memberItems, item], ctx));
    for (const e of events.slice(1)) e.slug = await unusedSlug(database, e.slug, [joined.slug]);
    await applyEventChanges(database, events, before && before.slug !== joined.slug ? [before.slug] : []);
    itemCache.set(item.key, item);
    written += events.length;
  }
  return written;
}

async function unusedSlug(database: Database, slug: string, alsoTaken: string[]): Promise<string> {
  return uniqueSlugs([slug], [...(await slugsLike(database, slug)), ...alsoTaken])[0]!;
}
