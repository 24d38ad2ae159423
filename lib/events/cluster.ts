// A growing event during grouping: its members and what every merge must respect — kinds that can
// go together, a span of days its kind allows, and venues that agree.
import type { Features } from "./features";
import type { EventKind } from "../enums/event-kind";
import { kindsCompatible } from "./kinds";
import type { EventNames } from "./names";
import { spanLimit } from "./pair";
import type { Venue } from "./venue";
import { venuesConflict } from "./venue-match";

export interface Cluster {
  members: Features[];
  kinds: Set<EventKind>;
  /** Range of the reported days of dated members; null for an undated cluster. */
  minDay: number | null;
  maxDay: number | null;
  lasting: boolean;
  /** Venues members read from their text (datelines alone never block a merge). */
  venues: Venue[];
}

export function clusterOf(f: Features): Cluster {
  return {
    members: [f],
    kinds: new Set([f.kind]),
    minDay: f.eventDay,
    maxDay: f.eventDay,
    lasting: f.multiDay,
    venues: f.venue?.fromText ? [f.venue] : [],
  };
}

export function canMerge(a: Cluster, b: Cluster, names: EventNames, sameCopy = false): boolean {
  for (const x of a.kinds) for (const y of b.kinds) if (!kindsCompatible(x, y)) return false;
  if (a.minDay !== null && b.minDay !== null) {
    const span = Math.max(a.maxDay!, b.maxDay!) - Math.min(a.minDay, b.minDay);
    if (span > spanLimit(a.lasting || b.lasting)) return false;
  }
  if (!sameCopy) for (const v of a.venues) for (const w of b.venues) if (venuesConflict(v, w, names)) return false;
  return true;
}

/** Merges b into a (a is changed and returned). */
export function mergeInto(a: Cluster, b: Cluster): Cluster {
  a.members.push(...b.members);
  for (const k of b.kinds) a.kinds.add(k);
  a.minDay = a.minDay === null ? b.minDay : b.minDay === null ? a.minDay : Math.min(a.minDay, b.minDay);
  a.maxDay = a.maxDay === null ? b.maxDay : b.maxDay === null ? a.maxDay : Math.max(a.maxDay, b.maxDay);
  a.lasting ||= b.lasting;
  a.venues.push(...b.venues);
  return a;
}
