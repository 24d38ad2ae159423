// Days with a month and no year: «29 أكتوبر», «السبت 14 نوفمبر/تشرين الثاني», «13 كانون الثاني الجاري»,
// «الثالث من أيلول». Full dates (with a year) are findDates' job; these are clues to be placed by a weekday,
// a year the text gives or the URL.
import { MONTH_ALT, ORDINAL_DAY_ALT, WEEKDAY_ALT, monthOf, ordinalDayOf, weekdayOf } from "./date-words";
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

const L = "\\p{L}";
const MONTHS = `(${MONTH_ALT})(?![${L}])(?:\\s*[/(\\-–]?\\s*(?:${MONTH_ALT})(?![${L}])\\s*\\)?)?`;
// No year may follow (that would be a full date), not even after a comma or «عام».
const NO_YEAR = "(?!\\s*[,،.\\-/]?\\s*(?:عام\\s+|سنه\\s+)?\\d{4})";
const DAY_MONTH = new RegExp(`(?<![\\p{N}\\p{Script=Latin}])(?:(\\d{1,2})|(?<![${L}])(?:و)?(${ORDINAL_DAY_ALT}))\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTHS}${NO_YEAR}`, "gu");
const WEEKDAY_BEFORE = new RegExp(`(?<![${L}])(?:يوم\\s+)?(${WEEKDAY_ALT})\\s*[,،(]?\\s*$`, "u");

export function findDayMonths(text: string): DayMonthMatch[] {
  const folded = foldCharwise(text);
  const out: DayMonthMatch[] = [];
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(folded); m; m = DAY_MONTH.exec(folded)) {
    const day = m[1] ? Number(m[1]) : (ordinalDayOf(m[2]!) ?? 0);
    const month = monthOf(m[3]!);
    // An ordinal before a month is a day only with «من»: «الأول من أيلول», not «الربع الأول أيلول».
    if (!month || day < 1 || day > 31 || (m[2] && !/\sمن\s/u.test(m[0]))) continue;
    const wd = WEEKDAY_BEFORE.exec(folded.slice(Math.max(0, m.index - 24), m.index));
    // «(الجمعة 13 نوفمبر تشرين الثاني)»: the closing bracket belongs to the sentence, not the date.
    const matched = /^[^(]*\)\s*$/u.test(m[0]) ? m[0].replace(/\)\s*$/u, "") : m[0];
    const end = m.index + matched.replace(/\s+$/u, "").length;
    out.push({ day, month, weekday: wd ? weekdayOf(wd[1]!) : null, start: m.index, end, text: text.slice(m.index, end) });
  }
  return out;
}

/** A month named on its own («مطلع فبراير الجاري», «في أيلول الماضي»), with what the words after say of it. */
export interface MonthMention {
  month: number;
  /** «الجاري»/«الحالي»: the month of writing; «الماضي»/«المقبل»: the one before or after it. */
  relation: "current" | "last" | "next" | "plain";
  text: string;
  start: number;
}

const MONTH_WORD = new RegExp(`(?<!\\p{N}\\s{0,2})(?<![${L}])(${MONTH_ALT})(?![${L}])`, "gu");
const MONTH_AFTER = /^\s*\)?\s*(?:[/(\-–]?\s*[\p{L}]+\s*\)?\s*)?(الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)(?![\p{L}])/u;

/** Month names not preceded by a day number (those are day-months or full dates). */
export function findMonthMentions(text: string): MonthMention[] {
  const folded = foldCharwise(text);
  const out: MonthMention[] = [];
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(folded); m; m = MONTH_WORD.exec(folded)) {
    const month = monthOf(m[1]!);
    if (!month || /^[a-z]+$/.test(m[1]!)) continue; // "may", "mar" are English words too
    const after = MONTH_AFTER.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 30));
    const word = after?.[1];
    const relation = !word ? "plain" : /الجاري|الحالي/u.test(word) ? "current" : /المقبل|القادم/u.test(word) ? "next" : "last";
    out.push({ month, relation, text: text.slice(m.index, m.index + m[0].length), start: m.index });
  }
  return out;
}
