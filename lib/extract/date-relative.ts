// Relative words placed on the calendar once the article's own day is known: «أمس الثلاثاء» is the day
// before it, «الجمعة المقبل» the next Friday, a bare «السبت» the last Saturday up to it, «الأسبوع الماضي» the
// week before its week. The article's day (publication) and the day a word names (the event) stay apart:
// a URL date with «أمس الثلاثاء» says the event was the day before the URL's day.
import { addDays, nearestWeekday, weekdayOfIso } from "../arabic/calendar";
import { findWeekPhrases } from "../arabic/date-relations";
import { leadEndOf } from "./date-clues";
import type { DateClues, RelativeDay } from "./types";

const FIXED: Partial<Record<RelativeDay["relation"], number>> = { today: 0, yesterday: -1, dayBeforeYesterday: -2, tomorrow: 1, dayAfterTomorrow: 2 };
// Arab weeks run Saturday to Friday.
const WEEK_START = 6;

export function resolveRelativeDays(now: string, clues: DateClues, title: string, body: string): RelativeDay[] {
  const out: RelativeDay[] = [];
  for (const w of clues.weekdays) {
    const fixed = FIXED[w.relation];
    let iso: string | null;
    if (fixed !== undefined) iso = addDays(now, fixed);
    else if (w.relation === "next") iso = nearestWeekday(addDays(now, 1), w.weekday, "after");
    else if (w.relation === "last") iso = nearestWeekday(addDays(now, -1), w.weekday, "before");
    else iso = nearestWeekday(now, w.weekday, "before"); // a bare weekday: news reports the days just past
    if (!iso) continue;
    out.push({ text: w.text, relation: w.relation, iso, until: iso, agrees: weekdayOfIso(iso) === w.weekday, lead: w.lead });
  }
  const leadEnd = leadEndOf(body);
  const thisWeek = nearestWeekday(now, WEEK_START, "before")!;
  for (const [text, inTitle] of [[title, true] as const, [body, false] as const]) {
    for (const p of findWeekPhrases(text)) {
      const start = addDays(thisWeek, p.relation === "lastWeek" ? -7 : 7);
      out.push({ text: p.text, relation: p.relation, iso: start, until: addDays(start, 6), agrees: true, lead: inTitle || p.start < leadEnd });
    }
  }
  return out;
}
