// Incremental grouping: one new article joins an existing event or starts one, by the same rules as
// groupCoverage. It can differ from a full recompute only in these ways:
//  1. Existing events never split, merge or lose members: an article that would bridge two events
//     joins the one it links to most strongly.
//  2. Undated articles already judged are not judged again when new dated coverage arrives: one left
//     alone stays alone, and an inferred date keeps the reference it was reasoned from.
//  3. The anchor (hence slug, title, kind, place) changes only if the newcomer is dated strictly earlier;
//     a recompute also breaks a same-day tie by date basis, then key.
//  4. Slug suffixes (-2, -3) follow arrival order, not anchor order.
// The caller passes the events that could be concerned (for a dated article, those within
// LASTING_SPAN_DAYS of its date; for an undated one, those sharing a person) and every member's item.
import { sharedWording } from "./anchor";
import { dateFromChronology } from "./chronology-date";
import { loadChronologyIndex } from "./chronology-index";
import { clearMatch, corroboratedMatch, scoreChronology } from "./chronology-match";
import { clusterOf, canMerge, mergeInto, type Cluster } from "./cluster";
import { dayOf } from "./days";
import { describeAnchored, describeEvent, type MemberNote } from "./describe-event";
import { featuresOf, type Features } from "./features";
import type { GroupingContext } from "./group";
import { loadEventCues } from "./cues";
import { loadEventNames } from "./names";
import { linkDated } from "./pair";
import { placeUndated } from "./place-undated";
import { uniqueSlugs } from "./slug";
import type { CoverageItem, PlannedEvent } from "./types";

export interface ExistingCoverage {
  events: PlannedEvent[];
  /** The items of every member of `events`. */
  items: CoverageItem[];
}

export interface Assignment {
  eventSlug: string;
  created: boolean;
  inferredDate?: { date: string; evidence: string };
  undatedReason?: string;
  /** `existing.events` with the joined event updated, or the new event added at the end. */
  events: PlannedEvent[];
}

export function assignToEvents(item: CoverageItem, existing: ExistingCoverage, ctx: GroupingContext = {}): Assignment {
  const cues = ctx.cues ?? loadEventCues();
  const names = ctx.names ?? loadEventNames();
  const seen = ctx.features ?? new Map<string, Features>();
  const read = (i: CoverageItem) => {
    let f = seen.get(i.key);
    if (!f) seen.set(i.key, (f = featuresOf(i, cues, names)));
    return f;
  };
  const byKey = new Map(existing.items.map((i) => [i.key, read(i)]));
  if (byKey.has(item.key)) throw new Error(`assignToEvents: ${item.key} is already grouped`);
  const notes = new Map<string, MemberNote>();
  const clusters = existing.events.map((e) => clusterOfEvent(e, byKey, notes));
  const f = read(item);

  // An article about the talks that reports an occurrence of the chronology joins that occurrence's event.
  const chronology = ctx.chronology === undefined ? loadChronologyIndex() : ctx.chronology;
  // An article unsure between a few occurrences takes the one whose stored coverage tells its story.
  const support = (id: string) => {
    const at = existing.events.findIndex((e) => e.chronologyId === id);
    return at >= 0 ? sharedWording(f, clusters[at]!.members) : 0;
  };
  const scored = chronology && item.onTopic !== false ? scoreChronology(f, chronology) : [];
  const occurrence = clearMatch(scored) ?? corroboratedMatch(scored, support);
  if (occurrence) {
    let member = f;
    if (f.day === null) {
      const inferred = dateFromChronology(occurrence.entry, item.dateClues, f.dayOfEvent);
      notes.set(item.key, { inferredDate: inferred.iso, evidence: inferred.evidence, reason: null });
      member = { ...f, eventDay: dayOf(inferred.iso) };
    }
    const note = notes.get(item.key);
    const extra = note?.inferredDate && note.evidence ? { inferredDate: { date: note.inferredDate, evidence: note.evidence } } : {};
    const at = existing.events.findIndex((e) => e.chronologyId === occurrence.entry.entry.id);
    const cluster = at >= 0 ? mergeInto(clusters[at]!, clusterOf(member)) : clusterOf(member);
    const planned = describeAnchored(occurrence.entry, cluster, notes);
    if (at >= 0) return { eventSlug: existing.events[at]!.slug, created: false, ...extra, events: existing.events.map((e, i) => (i === at ? { ...planned, slug: e.slug } : e)) };
    const [slug] = uniqueSlugs(
      [planned.slug],
      existing.events.map((e) => e.slug),
    );
    return { eventSlug: slug!, created: true, ...extra, events: [...existing.events, { ...planned, slug: slug! }] };
  }

  let target: number | null;
  if (f.day !== null) target = bestDatedEvent(f, clusters, names);
  else {
    const p = placeUndated(
      f,
      clusters,
      clusters.map((_, i) => i),
      names,
    );
    notes.set(item.key, { inferredDate: p.inferredDate, evidence: p.evidence, reason: p.reason });
    target = p.cluster;
  }
  const note = notes.get(item.key);
  const extra = {
    ...(note?.inferredDate && note.evidence ? { inferredDate: { date: note.inferredDate, evidence: note.evidence } } : {}),
    ...(note?.reason ? { undatedReason: note.reason } : {}),
  };

  const others = (except: number | null) => existing.events.filter((_, i) => i !== except).map((e) => e.slug);
  if (target === null) {
    const planned = describeEvent(clusterOf(f), notes, names);
    const [slug] = uniqueSlugs([planned.slug], others(null));
    return { eventSlug: slug!, created: true, ...extra, events: [...existing.events, { ...planned, slug: slug! }] };
  }
  const old = existing.events[target]!;
  const oldAnchor = byKey.get(old.members[0]!.key)!;
  const cluster = mergeInto(clusters[target]!, clusterOf(f));
  const anchor = f.day !== null && oldAnchor.day !== null && f.day < oldAnchor.day ? f : oldAnchor;
  const planned = describeEvent(cluster, notes, names, anchor);
  const slug = anchor === oldAnchor ? old.slug : uniqueSlugs([planned.slug], others(target))[0]!;
  const events = existing.events.map((e, i) => (i === target ? { ...planned, slug } : e));
  return { eventSlug: slug, created: false, ...extra, events };
}

function clusterOfEvent(e: PlannedEvent, byKey: Map<string, Features>, notes: Map<string, MemberNote>): Cluster {
  const members = e.members.map((m) => {
    const f = byKey.get(m.key);
    if (!f) throw new Error(`assignToEvents: no item for ${m.key}, a member of ${e.slug}`);
    notes.set(m.key, { inferredDate: m.inferredDate, evidence: m.inferredEvidence, reason: m.undatedReason });
    return f;
  });
  return members.slice(1).reduce((c, f) => mergeInto(c, clusterOf(f)), clusterOf(members[0]!));
}

// The event whose dated members link most strongly to the article, among those it may merge with.
function bestDatedEvent(f: Features, clusters: Cluster[], names: ReturnType<typeof loadEventNames>): number | null {
  let best: { id: number; score: number } | null = null;
  clusters.forEach((c, id) => {
    for (const m of c.members) {
      const link = linkDated(f, m, names);
      if (!link || (best && link.score <= best.score)) continue;
      if (canMerge(c, clusterOf(f), names, link.sameCopy)) best = { id, score: link.score };
    }
  });
  return best === null ? null : (best as { id: number }).id;
}
