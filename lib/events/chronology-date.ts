// The publication date of an article without one, once the chronology says which occurrence it reports:
// a year-less date its words call the writing day («اليوم 5 كانون الثاني»), in the occurrence's year; else
// the weekday its lead names for its own day («اليوم الأربعاء»), or for yesterday («أمس الثلاثاء» → the day
// after), taken at the occurrence (a bare weekday only on or beside its days); else a weekday further down
// that falls right beside the occurrence; else the day of a multi-day occurrence the text names («اليوم الثاني»);
// else the occurrence's own day (a same-day report). Arabic evidence.
import type { DateClues, DayMonthClue, WeekdayClue } from "../extract/types";
import type { IndexedEntry } from "./chronology-index";
import { dayOfParts, isoOf, weekdayOfDay } from "./days";

export interface InferredFromChronology {
  iso: string;
  evidence: string;
}

const WEEKDAY_AR = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
/** How far from the occurrence a weekday is looked for: the week around it. */
const REACH = 6;
const ORDER: WeekdayClue["relation"][] = ["today", "yesterday", "bare", "tomorrow"];

/** Which day of a multi-day occurrence the text says it reports («اليوم الثاني من المحادثات»): 1 is the first. */
export interface DayOfOccurrence {
  day: number;
  quote: string;
}

export function dateFromChronology(e: IndexedEntry, clues: DateClues | undefined, dayOfEvent: DayOfOccurrence | null = null): InferredFromChronology {
  const about = `يتناول «${e.entry.titleAr}» (${e.entry.date}) في المرجع الزمني للمحادثات`;
  const all = clues?.weekdays ?? [];
  const lead = all.filter((w) => w.lead);
  const written = writingDayOfDayMonth(e, clues?.dayMonths ?? []);
  if (written) return { iso: isoOf(written.day), evidence: `${about}، و«${written.text}» يوافق ${isoOf(written.day)}` };
  const side = sideOf(e, all);
  for (const relation of ORDER) {
    const clue = lead.find((w) => w.relation === relation);
    if (!clue) continue;
    const day = dayOfClue(e, clue, side);
    if (day === null) continue;
    return { iso: isoOf(day), evidence: `${about}، و«${phrase(clue)}» يوافق ${isoOf(day)}` };
  }
  // A weekday outside the lead speaks of the writing day only from right beside the occurrence (a press
  // conference after midnight: «الجمعة» after Thursday's talks); further off it is another occurrence's.
  for (const relation of ORDER) {
    for (const clue of all.filter((w) => !w.lead && w.relation === relation)) {
      const day = dayOfClue(e, clue, side);
      if (day !== null && day >= e.start - 1 && day <= e.end + 1) return { iso: isoOf(day), evidence: `${about}، و«${phrase(clue)}» يوافق ${isoOf(day)}` };
    }
  }
  // A day past the occasion's last («اليوم الخامس» of three) is another count: it dates nothing.
  if (dayOfEvent && e.end > e.start && e.start + dayOfEvent.day - 1 <= e.end) {
    const day = e.start + dayOfEvent.day - 1;
    return { iso: isoOf(day), evidence: `${about}، و«${dayOfEvent.quote}» يوافق ${isoOf(day)}` };
  }
  // Talks that end in an agreement are reported when it is reached: on its last day.
  const day = e.entry.kind === "agreement" && e.entry.endDate ? e.entry.endDate : e.entry.date;
  return { iso: day, evidence: `${about}، ولا يذكر يوما آخر: يؤرخ بيوم الحدث` };
}

/** How far from the occurrence a year-less date is taken to be of its year: a preview weeks ahead, a look back. */
const DAY_MONTH_REACH = 45;

/**
 * The writing day a year-less date says outright («اليوم 5 كانون الثاني», «أمس 12 سبتمبر»), in the year that
 * puts it nearest the occurrence (and that its weekday allows, when one is written).
 */
function writingDayOfDayMonth(e: IndexedEntry, dayMonths: DayMonthClue[]): { day: number; text: string } | null {
  for (const dm of dayMonths) {
    if (dm.writingOffset === null || dm.writingOffset === undefined || dm.occasion) continue;
    const year = Number(e.entry.date.slice(0, 4));
    const days = [year - 1, year, year + 1]
      .filter((y) => dm.weekday === null || !dm.years || dm.years.includes(y))
      .map((y) => dayOfParts(y, dm.month, dm.day))
      .filter((d): d is number => d !== null && d >= e.start - DAY_MONTH_REACH && d <= e.end + DAY_MONTH_REACH);
    if (days.length === 1) return { day: days[0]! + dm.writingOffset, text: dm.text };
  }
  return null;
}

/** The article's own day that a weekday clue points to, near the occurrence; null when no such day is near. */
function dayOfClue(e: IndexedEntry, clue: WeekdayClue, side: Side): number | null {
  // The weekday names the occurrence's day for "bare" and "yesterday", the writing day for "today".
  const target = (d: number) => weekdayOfDay(d) === clue.weekday;
  let best: number | null = null;
  for (let d = e.start - REACH; d <= e.end + REACH; d++) {
    if (!target(d)) continue;
    if (clue.relation === "today" && ((side === "before" && d >= e.start) || (side === "after" && d <= e.start))) continue;
    const gap = d < e.start ? e.start - d : d > e.end ? d - e.end : 0;
    const bestGap = best === null ? Infinity : best < e.start ? e.start - best : best > e.end ? best - e.end : 0;
    // Ties go to the later day: reports follow what they report.
    if (gap < bestGap || (gap === bestGap && best !== null && d > best)) best = d;
  }
  if (best === null) return null;
  // A bare weekday names the occurrence's own day; one further off is another day's (a truce from Saturday).
  if (clue.relation === "bare" && (best < e.start - 1 || best > e.end + 1)) return null;
  if (clue.relation === "yesterday") return best + 1;
  if (clue.relation === "tomorrow") return best - 1;
  return best;
}

type Side = "before" | "after" | null;

/**
 * Whether the article is written before the occurrence («الثلاثاء المقبل», «غدا» naming its weekday) or after
 * it («أمس», «الماضي» naming its weekday): a writing-day weekday is then looked for on that side only.
 */
function sideOf(e: IndexedEntry, clues: WeekdayClue[]): Side {
  const onOccurrence = (w: WeekdayClue) => {
    for (let d = e.start; d <= e.end; d++) if (weekdayOfDay(d) === w.weekday) return true;
    return false;
  };
  if (clues.some((w) => (w.relation === "next" || w.relation === "tomorrow") && onOccurrence(w))) return "before";
  if (clues.some((w) => (w.relation === "last" || w.relation === "yesterday") && onOccurrence(w))) return "after";
  return null;
}

function phrase(clue: WeekdayClue): string {
  const name = WEEKDAY_AR[clue.weekday]!;
  return clue.relation === "yesterday" ? `أمس ${name}` : clue.relation === "today" ? `اليوم ${name}` : clue.relation === "tomorrow" ? `غدا ${name}` : name;
}
