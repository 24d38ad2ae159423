// Coverage into events, from scratch: dated articles are grouped first (cluster-dated.ts), undated ones
// then join a dated event on strong evidence (place-undated.ts) or group among themselves
// (cluster-undated.ts). Pure and deterministic: the same items in any order give the same events.
import { anchorToChronology, joinAnchored } from "./anchor";
import { loadChronologyIndex, type ChronologyIndex } from "./chronology-index";
import { clusterOf, mergeInto, type Cluster } from "./cluster";
import { clusterDated } from "./cluster-dated";
import { clusterUndated } from "./cluster-undated";
import { loadEventCues, type EventCues } from "./cues";
import { anchorOf, describeAnchored, describeEvent, type MemberNote } from "./describe-event";
import { featuresOf, type Features } from "./features";
import { loadEventNames, type EventNames } from "./names";
import { compareByDate, compareKeys } from "./order";
import { placeUndated } from "./place-undated";
import { uniqueSlugs } from "./slug";
import { linkStorylines } from "./storylines";
import type { CoverageItem, PlannedEvent } from "./types";
import { indexClusters } from "./undated-candidates";

export interface GroupingContext {
  cues?: EventCues;
  names?: EventNames;
  /** Features already read, by item key (assignToEvents fills and reuses it across calls). */
  features?: Map<string, Features>;
  /** The reference chronology; null groups without it (tests of the clustering stages). */
  chronology?: ChronologyIndex | null;
}

export function groupCoverage(items: CoverageItem[], ctx: GroupingContext = {}): PlannedEvent[] {
  const cues = ctx.cues ?? loadEventCues();
  const names = ctx.names ?? loadEventNames();
  assertUniqueKeys(items);
  return groupFeatures(
    items.map((item) => featuresOf(item, cues, names)),
    names,
    ctx.chronology === undefined ? loadChronologyIndex() : ctx.chronology,
  );
}

/**
 * The grouping proper, on features already read (featuresOf): the step benchmarks time apart.
 * Coverage about the talks and off-topic coverage are grouped apart, each against the chronology.
 */
export function groupFeatures(features: Features[], names: EventNames, chronology: ChronologyIndex | null = loadChronologyIndex()): PlannedEvent[] {
  const onTopic = groupTopic(
    features.filter((f) => f.item.onTopic !== false),
    names,
    chronology,
  );
  // Off-topic coverage of an occurrence (the ministers' talks on Ukraine at a meeting the chronology lists) is
  // still dated by it, but its events are not the occurrence's talks-timeline event nor part of its storyline.
  const offTopic = groupTopic(
    features.filter((f) => f.item.onTopic === false),
    names,
    chronology,
  ).map((e) => ({ ...e, onTopic: false, chronologyId: null, storyline: null }));
  const events = [...onTopic, ...offTopic];
  const slugs = uniqueSlugs(events.map((e) => e.slug));
  return linkStorylines(events.map((e, i) => ({ ...e, slug: slugs[i]! })).sort(compareEvents));
}

function groupTopic(features: Features[], names: EventNames, chronology: ChronologyIndex | null): PlannedEvent[] {
  const notes = new Map<string, MemberNote>();
  const { anchored, rest } = chronology ? anchorToChronology(features, chronology, notes) : { anchored: [], rest: features };
  const clustered = sortClusters(
    joinAnchored(
      anchored,
      clusterDated(
        rest.filter((f) => f.day !== null),
        names,
      ),
      names,
    ),
  );
  // Undated articles may still join an occurrence's event or a clustered one.
  const dated = [...anchored.map((a) => a.cluster), ...clustered];

  const undated = rest.filter((f) => f.day === null).sort((a, b) => compareKeys(a.item.key, b.item.key));
  const index = indexClusters(dated, undated);
  const left: Features[] = [];
  const joining: Array<[number, Features]> = [];
  // Every undated article is judged against the dated events alone, so none depends on another's turn.
  for (const u of undated) {
    const p = placeUndated(u, dated, index.candidates(u), names);
    notes.set(u.item.key, { inferredDate: p.inferredDate, evidence: p.evidence, reason: p.reason });
    if (p.cluster === null) left.push(u);
    else joining.push([p.cluster, u]);
  }
  for (const [id, u] of joining) mergeInto(dated[id]!, clusterOf(u));

  const clusters = [...clustered, ...sortClusters(clusterUndated(left, names))];
  return [
    ...anchored.map((a) => describeAnchored(a.entry, a.cluster, notes)),
    ...clusters.map((c) => ({ ...describeEvent(c, notes, names), chronologyId: null, storyline: null, onTopic: true })),
  ];
}

/** Clusters in the order of their anchors, so indexes and slug suffixes do not depend on input order. */
export function sortClusters(clusters: Cluster[]): Cluster[] {
  return clusters
    .map((c) => ({ c, a: anchorOf(c.members) }))
    .sort((x, y) => compareByDate(x.a, y.a))
    .map((x) => x.c);
}

/** Timeline order: by date, undated last, then by slug. */
export function compareEvents(a: PlannedEvent, b: PlannedEvent): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

function assertUniqueKeys(items: CoverageItem[]) {
  const seen = new Set<string>();
  for (const { key } of items) {
    if (seen.has(key)) throw new Error(`groupCoverage: duplicate item key ${key}`);
    seen.add(key);
  }
}
