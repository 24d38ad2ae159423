// A numeric date that reads both ways (7/8/2017: 7 August or 8 July) is stated only when something else
// decides it: a weekday written beside it, the URL's date, another date in the text within a week of one
// reading, the weekday the lead names for its day, the month the text calls current («فبراير الجاري»), or
// else (when none of these speaks) the month of another date the text gives. A reading wins when every decider that speaks speaks for it alone; evidence that fits both or
// deciders that disagree leave it undecided: both readings are kept as candidates, never a guess.
import { daysBetween, weekdayOfIso } from "../arabic/calendar";
import { calendarIso } from "../arabic/dates";
import type { WeekdayRelation } from "./types";

export interface ReadingEvidence {
  /** A weekday written in or just before the date. */
  weekdayBeside: number | null;
  /** Dates the URL gives. */
  urlDates: string[];
  /** Other full dates in the text that read one way only, with their quotes. */
  textDates: Array<{ iso: string; text: string }>;
  /** Day-months without a year, with their quotes. */
  dayMonths: Array<{ day: number; month: number; text: string }>;
  /** Weekdays the lead names with their relation to the day of writing. */
  leadWeekdays: Array<{ weekday: number; relation: WeekdayRelation; text: string }>;
  /** Months the text calls the current one («فبراير الجاري», «الشهر الحالي» named). */
  currentMonths: Array<{ month: number; text: string }>;
}

export type Reading = { iso: string; why: string } | null;

const NEAR_URL_DAYS = 2;
const SAME_WEEK_DAYS = 7;
const MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

/** Arabic for the reading itself: "8 يوليو 2017". */
export function readingLabel(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS_AR[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

export function decideReading(readings: readonly [string, string], ev: ReadingEvidence): Reading {
  const deciders: Array<(iso: string) => string | null> = [
    (iso) => (ev.weekdayBeside !== null && weekdayOfIso(iso) === ev.weekdayBeside ? "اليوم المكتوب بجانبه" : null),
    (iso) => (ev.urlDates.some((u) => Math.abs(daysBetween(u, iso)) <= NEAR_URL_DAYS) ? "تاريخ الرابط" : null),
    (iso) => sameWeek(iso, ev),
    (iso) => leadWeekday(iso, ev.leadWeekdays),
    (iso) => {
      const hit = ev.currentMonths.find((c) => c.month === Number(iso.slice(5, 7)));
      return hit ? `«${hit.text}» الجاري في النص` : null;
    },
  ];
  let decided: { at: 0 | 1; why: string } | null = null;
  for (const decide of deciders) {
    const [a, b] = readings.map(decide);
    // Evidence that fits both readings («الجمعة» when both days are Fridays) says nothing either way.
    if ((!a && !b) || (a && b)) continue;
    // Deciders that disagree leave the date undecided.
    const at = a ? 0 : 1;
    if (decided && decided.at !== at) return null;
    decided ??= { at, why: (a ?? b)! };
  }
  if (decided) return { iso: readings[decided.at], why: decided.why };
  const named = (iso: string) => {
    const month = Number(iso.slice(5, 7));
    const hit = ev.dayMonths.find((d) => d.month === month) ?? ev.textDates.find((t) => Number(t.iso.slice(5, 7)) === month);
    return hit ? `الشهر المذكور في «${hit.text}»` : null;
  };
  const [a, b] = readings.map(named);
  if (a && !b) return { iso: readings[0], why: a };
  if (b && !a) return { iso: readings[1], why: b };
  return null;
}

/** Another date in the text, with or without a year, within a week of this reading. */
function sameWeek(iso: string, ev: ReadingEvidence): string | null {
  const year = Number(iso.slice(0, 4));
  const full = ev.textDates.find((t) => Math.abs(daysBetween(t.iso, iso)) <= SAME_WEEK_DAYS);
  if (full) return `تاريخ «${full.text}» القريب منه`;
  for (const dm of ev.dayMonths) {
    // A year-less date near a year's edge may belong to the next or the previous year.
    for (const y of [year - 1, year, year + 1]) {
      const other = calendarIso(y, dm.month, dm.day);
      if (other && Math.abs(daysBetween(other, iso)) <= SAME_WEEK_DAYS) return `تاريخ «${dm.text}» القريب منه`;
    }
  }
  return null;
}

/** The lead's «اليوم X» names the day itself, «أمس X» the day before, a bare X the day or the day before. */
function leadWeekday(iso: string, weekdays: ReadingEvidence["leadWeekdays"]): string | null {
  const wd = weekdayOfIso(iso);
  for (const w of weekdays) {
    const fits =
      w.relation === "today"
        ? w.weekday === wd
        : w.relation === "yesterday"
          ? (w.weekday + 1) % 7 === wd
          : w.relation === "bare"
            ? w.weekday === wd || (w.weekday + 1) % 7 === wd
            : false;
    if (fits) return `«${w.text}» في مستهل الخبر`;
  }
  return null;
}
