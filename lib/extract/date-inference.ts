// A day of writing the text implies without stating it: a year-less date whose weekday fixes the year
// («الثلاثاء 29 أكتوبر» → 2013, the only year in range where 29 October is a Tuesday), placed against the
// lead's «اليوم» («الثلاثاء 19 يناير» + «اليوم الأربعاء» → Wednesday 20 January), or a full date the text
// gives for yesterday («أمس (12 أبريل 2016)» → written 13 April). Basis `inferred`, with Arabic evidence
// quoting the words. When the clues allow several days, they are returned as candidates instead.
import { addDays, nearestWeekday, weekdayOfIso } from "../arabic/calendar";
import { calendarIso } from "../arabic/dates";
import type { DateClues, DayMonthClue } from "./types";

export interface Inference {
  iso: string;
  evidence: string;
}

export interface InferenceResult {
  date: Inference | null;
  candidates: Inference[];
}

/** A full date written with a relative word (أمس، غدا): the date and the days to the writing day. */
export interface RelativeFullDate {
  iso: string;
  text: string;
  writingOffset: number;
}

const WEEKDAY_AR = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

export function inferWritingDate(clues: DateClues, relativeFullDates: RelativeFullDate[]): InferenceResult {
  const found: Inference[] = [];
  const candidates: Inference[] = [];
  for (const r of relativeFullDates) {
    const iso = addDays(r.iso, r.writingOffset);
    found.push({ iso, evidence: `${phraseOffset(r.writingOffset)} «${r.text}»: كُتب الخبر في ${iso}` });
  }
  const today = todayWeekday(clues);
  for (const dm of clues.dayMonths) {
    const years = allowedYears(dm, clues);
    if (years.length === 0) continue;
    if (years.length > 1) {
      // Each year the weekday allows gives its own day of writing (or the date itself, if its words do not place one).
      const allows = `«${dm.text}» يوافق ${WEEKDAY_AR[dm.weekday!]} في ${years.join(" و")}`;
      for (const y of years) {
        const anchor = calendarIso(y, dm.month, dm.day)!;
        const writing = writingDay(dm, anchor, today);
        candidates.push(writing ? { iso: writing.iso, evidence: `${allows}؛ في ${y}${writing.how}` } : { iso: anchor, evidence: allows });
      }
      continue;
    }
    const anchor = calendarIso(years[0]!, dm.month, dm.day)!;
    const fixes = `يوم «${WEEKDAY_AR[dm.weekday!]}» المكتوب مع «${dm.text}» لا يوافقه إلا عام ${years[0]}`;
    const writing = writingDay(dm, anchor, today);
    if (writing) found.push({ iso: writing.iso, evidence: `${fixes}${writing.how}` });
    else candidates.push({ iso: anchor, evidence: `${fixes}، وليس بالضرورة يوم كتابة الخبر` });
  }
  const days = [...new Set(found.map((f) => f.iso))];
  if (days.length === 1) return { date: found[0]!, candidates: [] };
  // Clues that point to different days decide nothing; they are all kept.
  return { date: null, candidates: dedupe([...found, ...candidates]) };
}

/** The years a day-month's weekday allows, narrowed by the URL's month and, if that still leaves several, the years the text names. */
function allowedYears(dm: DayMonthClue, clues: DateClues): number[] {
  let years = dm.years ?? [];
  const w = clues.monthWindow;
  // A month archive bounds the writing, and what it reports lies within a month or so of it.
  if (w) years = years.filter((y) => Math.abs(y * 12 + dm.month - (w.year * 12 + w.month)) <= 1);
  if (years.length > 1) {
    const named = years.filter((y) => clues.years.includes(y));
    if (named.length > 0) years = named;
  }
  return years;
}

/** The weekday the lead calls today, when it names exactly one. */
function todayWeekday(clues: DateClues): { weekday: number; text: string } | null {
  const today = clues.weekdays.filter((w) => w.lead && w.relation === "today");
  const distinct = new Set(today.map((w) => w.weekday));
  return distinct.size === 1 ? { weekday: today[0]!.weekday, text: today[0]!.text } : null;
}

/** The day of writing a year-fixed date implies, with how, or null when its words do not place it. */
function writingDay(dm: DayMonthClue, anchor: string, today: { weekday: number; text: string } | null): { iso: string; how: string } | null {
  if (dm.writingOffset !== null && dm.writingOffset !== undefined) {
    const iso = addDays(anchor, dm.writingOffset);
    return { iso, how: dm.writingOffset === 0 ? "، وهو «اليوم» في الخبر" : `، و${phraseOffset(dm.writingOffset)} فكُتب الخبر في ${iso}` };
  }
  if (dm.occasion) return null;
  if (today) {
    if (today.weekday === weekdayOfIso(anchor)) return { iso: anchor, how: `، و«اليوم ${today.text}» في مستهل الخبر يوافقه` };
    // A preview names a day ahead; a report, a day behind the writing.
    const iso = nearestWeekday(anchor, today.weekday, dm.relation === "future" ? "before" : "after");
    return iso ? { iso, how: `، و«اليوم ${today.text}» في مستهل الخبر هو ${iso}` } : null;
  }
  if (dm.lead && dm.relation === "plain") return { iso: anchor, how: "، وهو في مستهل الخبر: يؤرخ به" };
  return null;
}

function phraseOffset(offset: number): string {
  return offset === 1 ? "«أمس»" : offset === 2 ? "«أول أمس»" : offset === -1 ? "«غدا»" : offset === -2 ? "«بعد غد»" : "«اليوم»";
}

function dedupe(list: Inference[]): Inference[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.iso) && seen.add(c.iso));
}
