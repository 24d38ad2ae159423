// The first grouping stage: articles that clearly report an occurrence of the reference chronology join
// one event per occurrence, named and dated by it. An article without a date of its own gets one from the
// occurrence and its weekday clues (basis inferred, the entry as evidence). The rest go on to the
// clustering stages, which can still join them to these events.
import { dateFromChronology } from "./chronology-date";
import type { ChronologyIndex, IndexedEntry } from "./chronology-index";
import { clearMatch, corroboratedMatch, scoreChronology, type ChronologyMatch } from "./chronology-match";
import type { Cluster } from "./cluster";
import { canMerge, clusterOf, mergeInto } from "./cluster";
import { dayOf } from "./days";
import type { MemberNote } from "./describe-event";
import type { Features } from "./features";
import type { EventNames } from "./names";
import { linkDated } from "./pair";
import { containment } from "./text-sim";

export interface AnchoredCluster {
  entry: IndexedEntry;
  cluster: Cluster;
}

export interface Anchoring {
  anchored: AnchoredCluster[];
  rest: Features[];
}

export function anchorToChronology(features: Features[], index: ChronologyIndex, notes: Map<string, MemberNote>): Anchoring {
  const byEntry = new Map<IndexedEntry, Features[]>();
  const unsure: Array<{ f: Features; scored: ChronologyMatch[] }> = [];
  const join = (f: Features, m: ChronologyMatch) => {
    let member = f;
    if (f.day === null) {
      const inferred = dateFromChronology(m.entry, f.item.dateClues, f.dayOfEvent);
      notes.set(f.item.key, { inferredDate: inferred.iso, evidence: inferred.evidence, reason: null });
      member = { ...f, eventDay: dayOf(inferred.iso) };
    }
    const list = byEntry.get(m.entry) ?? [];
    list.push(member);
    byEntry.set(m.entry, list);
  };
  for (const f of features) {
    const scored = scoreChronology(f, index);
    const m = clearMatch(scored);
    if (m) join(f, m);
    else unsure.push({ f, scored });
  }
  // Second pass: what the clear matches found present in the load settles the articles that were unsure.
  const present = new Map([...byEntry].map(([e, members]) => [e.entry.id, [...members]]));
  const rest: Features[] = [];
  for (const { f, scored } of unsure) {
    const m = corroboratedMatch(scored, (id) => sharedWording(f, present.get(id) ?? []));
    if (m) join(f, m);
    else rest.push(f);
  }
  const anchored = [...byEntry].map(([entry, members]) => {
    const cluster = members.slice(1).reduce((c, m) => mergeInto(c, clusterOf(m)), clusterOf(members[0]!));
    // The occurrence's own days bound the event, whatever day its coverage was written.
    cluster.minDay = Math.min(entry.start, cluster.minDay ?? entry.start);
    cluster.maxDay = Math.max(entry.end, cluster.maxDay ?? entry.end);
    cluster.lasting ||= entry.end > entry.start;
    return { entry, cluster };
  });
  anchored.sort((a, b) => a.entry.start - b.entry.start || (a.entry.entry.id < b.entry.entry.id ? -1 : 1));
  return { anchored, rest };
}

/**
 * How much wording an unsure article shares with an occurrence's coverage (0 without any): corroboration needs
 * more than presence, so an occurrence present in the load does not draw unrelated reports.
 */
export function sharedWording(f: Features, members: Features[]): number {
  return Math.max(0, ...members.map((m) => containment(f.shingles, m.shingles)));
}

/**
 * Clusters of dated coverage the chronology did not place join an occurrence's event when their articles link
 * to its articles as two reports of one event do (pair.ts): the same story, told with less to go on. Returns
 * the clusters that joined none.
 */
export function joinAnchored(anchored: AnchoredCluster[], clusters: Cluster[], names: EventNames): Cluster[] {
  const left: Cluster[] = [];
  for (const c of clusters) {
    let best: { target: AnchoredCluster; score: number; sameCopy: boolean } | null = null;
    for (const a of anchored)
      for (const m of a.cluster.members)
        for (const n of c.members) {
          const link = linkDated(n, m, names);
          if (link && (!best || link.score > best.score)) best = { target: a, score: link.score, sameCopy: link.sameCopy };
        }
    if (best && canMerge(best.target.cluster, c, names, best.sameCopy)) mergeInto(best.target.cluster, c);
    else left.push(c);
  }
  return left;
}
