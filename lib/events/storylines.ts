// Storylines: adjacent events of one round of diplomacy (calls before a deal, the deal, the meeting that
// follows) stay separate events but share a storyline key, which the timeline draws as a band and event
// pages link. Events of the reference chronology bring their entry's storyline; any other event joins
// the storyline of an event a few days away with the same two main people, or starts one with it.
import { dayOf } from "./days";
import type { PlannedEvent } from "./types";

/** Days between two events of one round: a call on Monday and the deal on Thursday are one storyline. */
export const STORY_GAP_DAYS = 4;

export function linkStorylines(events: PlannedEvent[]): PlannedEvent[] {
  const dated = events
    .map((e, i) => ({ e, i, day: e.date ? dayOf(e.date) : null }))
    .filter((x): x is { e: PlannedEvent; i: number; day: number } => x.day !== null && x.e.onTopic !== false)
    .sort((a, b) => a.day - b.day || (a.e.slug < b.e.slug ? -1 : 1));
  const story = new Map<number, string>(dated.flatMap((x) => (x.e.storyline ? [[x.i, x.e.storyline] as const] : [])));
  // Twice, so that an event between two storied ones can take either side's storyline in one pass.
  for (let pass = 0; pass < 2; pass++)
    for (const x of dated) {
      if (story.has(x.i)) continue;
      const near = dated.filter((y) => y !== x && Math.abs(y.day - x.day) <= STORY_GAP_DAYS && sameSides(x.e, y.e));
      const storied = near.find((y) => story.has(y.i));
      if (storied) story.set(x.i, story.get(storied.i)!);
      else if (pass === 1 && near.length > 0) {
        const first = [x, ...near].sort((a, b) => a.day - b.day)[0]!;
        const key = `story-${first.e.slug}`;
        for (const y of [x, ...near]) if (!story.has(y.i)) story.set(y.i, key);
      }
    }
  return events.map((e, i) => (story.has(i) ? { ...e, storyline: story.get(i)! } : e));
}

/** Two events are of one round when they share their first two participants (in either order). */
function sameSides(a: PlannedEvent, b: PlannedEvent): boolean {
  const [a1, a2] = a.participants;
  const [b1, b2] = b.participants;
  if (!a1 || !a2 || !b1 || !b2) return false;
  return (a1 === b1 && a2 === b2) || (a1 === b2 && a2 === b1);
}
