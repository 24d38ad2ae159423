// A finished cluster as a PlannedEvent. Its identity — date, kind, main people, place, hence slug and
// title — is read from one article, the anchor (the earliest dated, see order.ts), so an article that
// joins later changes none of it unless it is dated earlier and becomes the anchor. Only what the anchor
// lacks (a specific kind, a venue, any people) is taken from the other members, by count.
import type { IndexedEntry } from "./chronology-index";
import type { Cluster } from "./cluster";
import { dayOf, isoOf } from "./days";
import type { Features } from "./features";
import type { EventKind } from "../enums/event-kind";
import { SPECIFIC_KINDS } from "./kinds";
import type { EventNames } from "./names";
import { compareByDate, compareKeys } from "./order";
import { datedSlug, undatedSlug } from "./slug";
import { eventTitle } from "./title";
import type { EventMember, PlannedEvent } from "./types";
import type { Venue } from "./venue";

export interface MemberNote {
  inferredDate: string | null;
  evidence: string | null;
  reason: string | null;
}

/** The anchor: the earliest dated member (ties: stronger basis, first key); for an undated event, the first key. */
export function anchorOf(members: Features[]): Features {
  return [...members].sort(compareByDate)[0]!;
}

export function describeEvent(c: Cluster, notes: Map<string, MemberNote>, names: EventNames, anchor = anchorOf(c.members)): PlannedEvent {
  const kind = kindOf(anchor, c.members);
  const people = anchor.principals.length > 0 ? anchor.principals : mostNamed(c.members);
  const pair = anchor.main.length > 0 ? anchor.main : people.slice(0, 2);
  // A visit is the visitor's, a statement the speaker's; meetings, calls and agreements have two sides.
  const main = kind === "visit" || kind === "statement" ? pair.slice(0, 1) : pair;
  const venue = kind === "call" ? null : (anchor.venue ?? commonVenue(c.members));
  const date = anchor.item.publishedAt;
  const dateEnd = date && c.lasting ? lastDay(c.members, notes, date) : null;
  const short = main.map((id) => names.personShort(id));
  return {
    slug: date ? datedSlug(date, kind, main, venue) : undatedSlug(anchor.item),
    title: eventTitle(kind, short, venue?.name ?? null, anchor.item.title),
    kind,
    date,
    dateEnd,
    dateBasis: date ? anchor.item.dateBasis : "unknown",
    place: venue?.name ?? null,
    placeId: venue?.placeId ?? null,
    participants: [...new Set([...main, ...people, ...mostNamed(c.members)])],
    members: membersOf(c.members, anchor, notes),
  };
}

function kindOf(anchor: Features, members: Features[]): EventKind {
  if (SPECIFIC_KINDS.has(anchor.kind)) return anchor.kind;
  return (mostCommon(members.map((m) => m.kind).filter((k) => SPECIFIC_KINDS.has(k))) as EventKind | undefined) ?? anchor.kind;
}

/** People named as main by the most members, then by id. */
function mostNamed(members: Features[]): string[] {
  const count = new Map<string, number>();
  for (const m of members) for (const p of m.principals) count.set(p, (count.get(p) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || compareKeys(a, b));
}

function commonVenue(members: Features[]): Venue | null {
  const venues = members.map((m) => m.venue).filter((v): v is Venue => v !== null);
  const best = mostCommon(venues.map((v) => v.placeId ?? v.name));
  return venues.find((v) => (v.placeId ?? v.name) === best) ?? null;
}

function mostCommon(values: string[]): string | undefined {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || compareKeys(a, b))[0];
}

// A lasting event runs to its last dated or inferred day; one day is no range.
function lastDay(members: Features[], notes: Map<string, MemberNote>, date: string): string | null {
  const days = members.map((m) => m.item.publishedAt ?? notes.get(m.item.key)?.inferredDate ?? null).filter((d): d is string => d !== null);
  const last = Math.max(...days.map(dayOf));
  return last > dayOf(date) ? isoOf(last) : null;
}

function membersOf(members: Features[], anchor: Features, notes: Map<string, MemberNote>): EventMember[] {
  const dateOf = (f: Features) => f.item.publishedAt ?? notes.get(f.item.key)?.inferredDate ?? null;
  const rest = members
    .filter((m) => m !== anchor)
    .sort((a, b) => {
      const da = dateOf(a);
      const db = dateOf(b);
      if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
      return compareByDate(a, b);
    });
  return [anchor, ...rest].map((m) => {
    const note = m.item.publishedAt ? null : notes.get(m.item.key);
    return { key: m.item.key, inferredDate: note?.inferredDate ?? null, inferredEvidence: note?.evidence ?? null, undatedReason: note?.reason ?? null };
  });
}

/** An event that is an occurrence of the reference chronology: its name, date, place and people are the entry's. */
export function describeAnchored(entry: IndexedEntry, c: Cluster, notes: Map<string, MemberNote>): PlannedEvent {
  const e = entry.entry;
  const anchor = anchorOf(c.members);
  // How the date is known: as the best-dated article knows it, or by inference from the chronology alone.
  const basis = anchor.item.publishedAt ? anchor.item.dateBasis : "inferred";
  return {
    slug: e.id,
    title: e.titleAr,
    kind: entry.kind,
    date: e.date,
    dateEnd: e.endDate,
    dateBasis: basis,
    place: e.placeAr,
    placeId: e.place,
    participants: [...new Set([...e.participants, ...mostNamed(c.members)])],
    members: membersOf(c.members, anchor, notes),
    chronologyId: e.id,
    storyline: e.storyline,
    onTopic: true,
  };
}
