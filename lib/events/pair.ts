// Whether two dated articles can report the same event: hard rules (kind, days apart, people, venue),
// then people or wording; the score only orders the merges, strongest first.
import { kindsCompatible } from "./kinds";
import type { Features } from "./features";
import type { EventNames } from "./names";
import { peopleSimilarity, samePeople, sharedPeople } from "./people-sim";
import { containment } from "./text-sim";
import { LASTING_SPAN_DAYS, LINK_WEIGHTS, POINT_SPAN_DAYS, TEXT_SAME_COPY, TEXT_SHARED, TEXT_STRONG } from "./thresholds";
import { venuesConflict } from "./venue-match";

export interface Link {
  score: number;
  /** The two texts are the same copy: a venue disagreement is a reading error. */
  sameCopy: boolean;
}

export const spanLimit = (lasting: boolean) => (lasting ? LASTING_SPAN_DAYS : POINT_SPAN_DAYS);

/** The link between two dated articles, or null when they cannot be one event. */
export function linkDated(a: Features, b: Features, names: EventNames): Link | null {
  if (a.eventDay === null || b.eventDay === null) return null;
  if (!kindsCompatible(a.kind, b.kind)) return null;
  const limit = spanLimit(a.multiDay || b.multiDay);
  const gap = Math.abs(a.eventDay - b.eventDay);
  if (gap > limit || sharedPeople(a.principals, b.principals).length === 0) return null;
  const text = containment(a.shingles, b.shingles);
  const sameCopy = text >= TEXT_SAME_COPY;
  if (!sameCopy && venuesConflict(a.venue, b.venue, names)) return null;
  // Same people on the same reported day is one event; on other days, or with only some people shared,
  // it takes shared wording too (two calls on consecutive days, a statement the day after a call).
  if (text < TEXT_SHARED && !(gap === 0 && samePeople(a.principals, b.principals))) return null;
  const score =
    LINK_WEIGHTS.people * peopleSimilarity(a.principals, b.principals) +
    LINK_WEIGHTS.text * Math.min(1, text / TEXT_STRONG) +
    LINK_WEIGHTS.date * (1 - gap / (limit + 1)) +
    LINK_WEIGHTS.kind * (a.kind === b.kind ? 1 : 0.5);
  return { score, sameCopy };
}
