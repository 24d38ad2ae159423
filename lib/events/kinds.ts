// What sort of diplomatic event an article reports, and which sorts can be the same event.
// The kinds themselves and their labels are lib/enums/event-kind.ts.
import { EVENT_KINDS, type EventKind } from "../enums/event-kind";

// A phone call is never a meeting or a visit; a statement or an unclassified article can report anything.
// Agreements are reached at meetings and visits, and announced in statements, not (in this coverage) on calls.
const COMPATIBLE: Record<EventKind, ReadonlySet<EventKind>> = {
  call: new Set(["call", "statement", "other"]),
  meeting: new Set(["meeting", "conference", "visit", "agreement", "statement", "other"]),
  // A conference is a meeting of many: its coverage also says "اجتماع" and "محادثات".
  conference: new Set(["conference", "meeting", "agreement", "statement", "other"]),
  visit: new Set(["visit", "meeting", "agreement", "statement", "other"]),
  agreement: new Set(["agreement", "meeting", "conference", "visit", "statement", "other"]),
  statement: new Set(EVENT_KINDS),
  other: new Set(EVENT_KINDS),
};

export function kindsCompatible(a: EventKind, b: EventKind): boolean {
  return COMPATIBLE[a].has(b);
}

/** Kinds that name what happened; "statement" and "other" say little about which event it was. */
export const SPECIFIC_KINDS: ReadonlySet<EventKind> = new Set(["meeting", "conference", "call", "visit", "agreement"]);
