// Editors' corrections applied on top of a computed grouping. The correction log is the source of
// truth: every regroup recomputes the plan from the coverage and then replays the whole log, in
// order, so a correction survives new coverage and re-loading.
//
// How a correction finds its event again: by slug when the plan still has it; otherwise the event
// that shares the most of the articles the corrected event held when it was corrected
// (`eventArticles`; ties go to the earlier event in plan order). A correction whose articles are
// all gone applies to nothing and is skipped (it stays in the log). A merge finds the event merged
// away the same way; coverage that joins that event later is merged with it on the next replay.
import type { EventKind } from "../enums/event-kind";
import { uniqueSlugs } from "./slug";
import type { EventMember, PlannedEvent } from "./types";

interface Target {
  /** The event's slug when corrected (move_article: the target event's). */
  eventSlug: string;
  /** Article keys that event held when corrected. */
  eventArticles: string[];
}

export type Correction = Target &
  (
    | { action: "set_title"; to: string }
    | { action: "set_place"; to: string | null }
    | { action: "set_kind"; to: EventKind }
    | { action: "set_date"; to: { date: string | null; dateEnd: string | null } }
    | { action: "move_article"; articleKey: string }
    /** The event named by `from` (found like any corrected event) is merged into this one. */
    | { action: "merge"; from: Target }
    /** These articles leave the event and form a new one, described from them alone (see `Describe`). */
    | { action: "split"; articleKeys: string[] }
  );

/** Describes an event made of the given articles as grouping would (lib/events/describe-members.ts). */
export type Describe = (keys: string[]) => PlannedEvent;

export const EDITORIAL_DATE_EVIDENCE = "تاريخ الحدث كما صححه المحرر";

/** Finds the event a correction was made on (see the header). */
export function findCorrectedEvent(plan: PlannedEvent[], target: Target): PlannedEvent | null {
  const bySlug = plan.find((e) => e.slug === target.eventSlug);
  if (bySlug) return bySlug;
  const held = new Set(target.eventArticles);
  let best: PlannedEvent | null = null;
  let bestShared = 0;
  for (const e of plan) {
    const shared = e.members.filter((m) => held.has(m.key)).length;
    if (shared > bestShared) [best, bestShared] = [e, shared];
  }
  return best;
}

/**
 * Returns a new plan; the input is not changed. Events a move leaves empty are dropped. A split
 * needs `describe` to name the new event; without it splits are skipped.
 */
export function applyCorrections(plan: PlannedEvent[], corrections: Correction[], describe?: Describe): PlannedEvent[] {
  let events = plan.map((e) => ({ ...e, members: [...e.members] }));
  for (const c of corrections) {
    const event = findCorrectedEvent(events, c);
    if (!event) continue;
    switch (c.action) {
      case "set_title":
        event.title = c.to;
        break;
      case "set_place":
        // An editor's place is free text: it no longer names a gazetteer entry for sure.
        [event.place, event.placeId] = [c.to, null];
        break;
      case "set_kind":
        event.kind = c.to;
        break;
      case "set_date":
        setDate(event, c.to.date, c.to.dateEnd);
        break;
      case "move_article":
        events = moveArticle(events, c.articleKey, event);
        break;
      case "merge": {
        const source = findCorrectedEvent(
          events.filter((e) => e !== event),
          c.from,
        );
        if (source) for (const m of [...source.members]) events = moveArticle(events, m.key, event);
        break;
      }
      case "split":
        if (describe) events = split(events, event, c.articleKeys, describe);
        break;
    }
  }
  return events;
}

function setDate(event: PlannedEvent, date: string | null, dateEnd: string | null) {
  event.date = date;
  event.dateEnd = date && dateEnd && dateEnd > date ? dateEnd : null;
  event.dateBasis = date ? "editorial" : "unknown";
  // Publication dates inferred for undated coverage are left alone: an article is often printed
  // the day after the event, and the inference (weekday + related coverage) knows that better.
}

function moveArticle(events: PlannedEvent[], key: string, target: PlannedEvent): PlannedEvent[] {
  const source = events.find((e) => e.members.some((m) => m.key === key));
  if (!source || source === target) return events;
  const member = source.members.find((m) => m.key === key)!;
  source.members = source.members.filter((m) => m.key !== key);
  // An article dated by its old event's coverage is dated by its new event instead.
  target.members.push(member.inferredDate || member.undatedReason ? undatedMember(key, target) : member);
  return events.filter((e) => e.members.length > 0);
}

// The split event keeps its identity (slug, title, date: editors may have corrected them); the
// articles that leave form a new event named from them alone, with a slug no other event has.
// Articles that a later load adds to the event stay with it: a split moves only what it names.
function split(events: PlannedEvent[], event: PlannedEvent, keys: string[], describe: Describe): PlannedEvent[] {
  const leaving = new Set(keys.filter((k) => event.members.some((m) => m.key === k)));
  if (leaving.size === 0 || leaving.size === event.members.length) return events;
  const described = describe([...leaving]);
  const slug = uniqueSlugs(
    [described.slug],
    events.map((e) => e.slug),
  )[0]!;
  const byKey = new Map(event.members.map((m) => [m.key, m]));
  // An article dated by the old event's coverage is dated by the new event instead.
  const members = described.members.map((d) => {
    const old = byKey.get(d.key)!;
    return old.inferredDate || old.undatedReason ? undatedMember(d.key, described) : old;
  });
  event.members = event.members.filter((m) => !leaving.has(m.key));
  return [...events, { ...described, slug, members }];
}

function undatedMember(key: string, event: PlannedEvent): EventMember {
  return event.date
    ? { key, inferredDate: event.date, inferredEvidence: EDITORIAL_DATE_EVIDENCE, undatedReason: null }
    : { key, inferredDate: null, inferredEvidence: null, undatedReason: "حدث بلا تاريخ معروف بحسب تصحيح المحرر" };
}
