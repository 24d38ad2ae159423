// Every number grouping decides by, in one place. Text figures are containment of content-word pairs
// (text-sim.ts, names left out); on the five samples, the two reports of one visit share 0.18 and
// unrelated stories at most 0.02.

/** The longest a lasting event's dated coverage spans (first to last day): a visit or a round of talks
 * fits in seven calendar days. Also the blocking window: articles further apart are never compared. */
export const LASTING_SPAN_DAYS = 6;
/** A one-day event (a call, a meeting, a statement) is reported the day it happens and the next.
 * Two Kerry–Lavrov calls two days apart are two calls, however alike their wording. */
export const POINT_SPAN_DAYS = 1;

/** Wording shared beyond the domain's background (three times the samples' highest unrelated pair):
 * every story here says "وقف إطلاق النار". */
export const TEXT_SHARED = 0.06;
/** Wording that shows the same story (one wire report rewritten): lets an undated article join. */
export const TEXT_STRONG = 0.12;
/** The same copy: outweighs a disagreement about the venue, which is a reading error then. */
export const TEXT_SAME_COPY = 0.5;

/** Two dated articles within the span, with compatible kinds and no venue conflict, are linked when
 * they report the same day and name the same main people (one set inside the other, sharing two, or
 * both the same one person), or share a person and wording above TEXT_SHARED. So a Kerry statement
 * does not join the Kerry–Lavrov meeting of the same day unless it retells it, and a call the next day
 * is not the same call unless its report retells this one. */
export const SAME_PEOPLE_MIN_SHARED = 2;

/** The order merges are tried in (strongest first; sums to 1). People count most, then wording, then days. */
export const LINK_WEIGHTS = { people: 0.4, text: 0.3, date: 0.2, kind: 0.1 } as const;

/** An undated article joins the best-matching event only if it beats the next one by this much
 * (containment, plus SAME_CUES_BONUS): formulaic reports of two calls share 0.1-0.2 with both,
 * so a smaller lead is noise; then it could be either, and a wrong event is worse than none. */
export const UNDATED_MARGIN = 0.1;
/** ...and score at least this many times the next: between two alike calls, 0.50 against 0.38 is no choice. */
export const UNDATED_LEAD_RATIO = 1.5;
/** Bonus, in containment units, for an undated article that shares a specific kind and the venue. */
export const SAME_CUES_BONUS = 0.1;
/** Two undated articles form an event on their own only when they are nearly the same copy. */
export const UNDATED_PAIR_TEXT = 0.3;

/** A sketch hash, or a person-kind-venue cue, shared by more events than this is stock phrasing or a
 * routine ("Kerry meets in Geneva"): it points at no one event, so it proposes none. */
export const MAX_POSTING = 32;
