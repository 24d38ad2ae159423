// Months in running text without a year: days with a month («29 أكتوبر», «السبت 14 نوفمبر/تشرين الثاني»,
// «13 كانون الثاني الجاري», «الثالث من أيلول») and months named on their own («مطلع فبراير الجاري»).
// Full dates (with a year) are findDates' job; these are clues to be placed by a weekday, a year the text
// gives or the URL.
import { MONTH_ALT, MONTH_AR_ALT, ORDINAL_DAY_ALT, WEEKDAY_ALT, monthOf, ordinalDayOf, weekdayOf } from "./date-words";
import { foldCharwise } from "./normalize";

export interface DayMonthMatch {
  day: number;
  month: number;
  /** A weekday written just before it (which may fix the year), else null. */
  weekday: number | null;
  /** Offsets of the day and month in the original string (the weekday is not included). */
  start: number;
  end: number;
  text: string;
}

/** A month named on its own («مطلع فبراير الجاري», «في أيلول الماضي»), with what the words after say of it. */
export interface MonthMention {
  month: number;
  /** «الجاري»/«الحالي»: the month of writing; «الماضي»/«المقبل»: the one before or after it. */
  relation: "current" | "last" | "next";
  text: string;
  start: number;
}

const L = "\\p{L}";
// Each scan starts on a rare token (a digit, «من», a relation word), so running text is crossed quickly;
// Arabic month names only (running Arabic text rarely writes "20 Oct" without a year).
const MONTHS = `(${MONTH_AR_ALT})(?![${L}])`;
const DIGIT_DAY_MONTH = new RegExp(`(?<![\\p{N}\\p{Script=Latin}])(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTHS}`, "gu");
const OF_MONTH = new RegExp(`(?<![${L}])من\\s+(?:شهر\\s+)?${MONTHS}`, "gu");
const ORDINAL_BEFORE = new RegExp(`(?<![${L}])(?:و)?(${ORDINAL_DAY_ALT})\\s+$`, "u");
const RELATION_WORD = /(?<![\p{L}])(الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)(?![\p{L}])/gu;
const MONTH_BEFORE = new RegExp(`(?<![${L}])(${MONTH_ALT})(?![${L}])(?:\\s*[/(\\-–]?\\s*(?:${MONTH_ALT})(?![${L}])\\s*\\)?)?\\s*\\)?\\s*$`, "u");
// A second name for the same month: «نوفمبر/تشرين الثاني», «أيلول (سبتمبر)», «فبراير شباط».
const SECOND_NAME = new RegExp(`^\\s*[/(\\-–]?\\s*(?:${MONTH_ALT})(?![${L}])\\s*\\)?`, "u");
// A year after the month makes it a full date, even after a comma or «عام».
const YEAR_AFTER = /^\s*[,،.\-/]?\s*(?:عام\s+|سنه\s+)?\d{4}/u;
const WEEKDAY_BEFORE = new RegExp(`(?<![${L}])(?:يوم\\s+)?(${WEEKDAY_ALT})\\s*[,،(]?\\s*$`, "u");

export interface MonthScan {
  dayMonths: DayMonthMatch[];
  /** Months named with a relation word after them; a bare month name is too often another word («مارس»). */
  months: MonthMention[];
}

/** Every day-month and related month mention in `text` (`folded` is foldCharwise(text), when the caller has it). */
export function scanMonths(text: string, folded: string = foldCharwise(text)): MonthScan {
  const dayMonths: DayMonthMatch[] = [];
  const addDay = (start: number, day: number, monthAt: number, monthName: string) => {
    const month = monthOf(monthName);
    if (!month || day < 1 || day > 31) return;
    let end = monthAt + monthName.length;
    const second = SECOND_NAME.exec(folded.slice(end, end + 30));
    if (second) end += second[0].length;
    if (YEAR_AFTER.test(folded.slice(end, end + 30))) return;
    // «(الجمعة 13 نوفمبر تشرين الثاني)»: a closing bracket belongs to the sentence unless the date opened one.
    while (end > start && /[\s)]/u.test(folded[end - 1]!) && !folded.slice(start, end).includes("(")) end--;
    const wd = WEEKDAY_BEFORE.exec(folded.slice(Math.max(0, start - 24), start));
    dayMonths.push({ day, month, weekday: wd ? weekdayOf(wd[1]!) : null, start, end, text: text.slice(start, end) });
  };
  DIGIT_DAY_MONTH.lastIndex = 0;
  for (let m = DIGIT_DAY_MONTH.exec(folded); m; m = DIGIT_DAY_MONTH.exec(folded)) {
    addDay(m.index, Number(m[1]), m.index + m[0].length - m[2]!.length, m[2]!);
  }
  // An ordinal is a day only with «من»: «الأول من أيلول», not «الربع الأول أيلول».
  OF_MONTH.lastIndex = 0;
  for (let m = OF_MONTH.exec(folded); m; m = OF_MONTH.exec(folded)) {
    const ordinal = ORDINAL_BEFORE.exec(folded.slice(Math.max(0, m.index - 30), m.index));
    const day = ordinal ? ordinalDayOf(ordinal[1]!) : null;
    if (ordinal && day) addDay(m.index - ordinal[0].length, day, m.index + m[0].length - m[1]!.length, m[1]!);
  }
  dayMonths.sort((a, b) => a.start - b.start);

  const months: MonthMention[] = [];
  RELATION_WORD.lastIndex = 0;
  for (let r = RELATION_WORD.exec(folded); r; r = RELATION_WORD.exec(folded)) {
    const from = Math.max(0, r.index - 40);
    const mm = MONTH_BEFORE.exec(folded.slice(from, r.index));
    if (!mm) continue;
    const at = from + mm.index;
    // A day before the month makes it a day-month, read above.
    if (/\d\s{0,2}(?:من\s+)?$/u.test(folded.slice(Math.max(0, at - 8), at))) continue;
    const word = r[1]!;
    const relation = /الجاري|الحالي/u.test(word) ? "current" : /المقبل|القادم/u.test(word) ? "next" : "last";
    const month = monthOf(mm[1]!)!;
    months.push({ month, relation, text: text.slice(at, at + mm[1]!.length), start: at });
  }
  return { dayMonths, months };
}

export function findDayMonths(text: string): DayMonthMatch[] {
  return scanMonths(text).dayMonths;
}

/** Months named on their own with a relation word after them («فبراير الجاري», «أيلول (سبتمبر) الماضي»). */
export function findMonthMentions(text: string): MonthMention[] {
  return scanMonths(text).months;
}
