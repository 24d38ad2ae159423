// Finds calendar dates in one line of Arabic-site text: named months in every regional spelling, days as
// numbers or ordinal words, numeric day-first dates, ISO dates, Eastern digits (also glued to the word
// before), a weekday before and a clock time after (or glued before an ISO date), the Gregorian half of a
// Hijri + Gregorian pair. It reports every date it sees; deciding which one is the publication date is the
// caller's job. A numeric date both of whose readings are valid (7/8/2017) carries the other reading.
import { foldCharwise } from "./normalize";
import { HIJRI_MONTH_ALT, MONTH_ALT, MONTH_AR_ALT, ORDINAL_DAY_ALT, WEEKDAY_ALT, WEEKDAY_AR_ALT, monthOf, ordinalDayOf, weekdayOf } from "./date-words";

export type DateFormat = "day-month-name" | "month-name-day" | "ordinal-day-month" | "ymd" | "dmy" | "list-year-first";

export interface DateMatch {
  iso: string; // YYYY-MM-DD
  year: number;
  /** Offsets into the original string; `text` is the original substring (weekday and time included). */
  start: number;
  end: number;
  text: string;
  weekday: number | null;
  /** A weekday was written and the calendar disagrees: a typo or a wrong parse. */
  weekdayMismatch: boolean;
  time: string | null;
  format: DateFormat;
  /**
   * The month-first reading of a slashed or dashed numeric date whose day-first reading is also valid
   * (7/8/2017: 7 August or 8 July). Null when the form decides: a named month, a year first, a number
   * above 12, or dots (DD.MM.YYYY is day-first wherever it is written).
   */
  alternative: string | null;
}

// Before a number: no digit and no Latin letter ("A4"), but an Arabic letter may be glued on ("في٢٨").
const B_NUM = "(?<![\\p{N}\\p{Script=Latin}])";
// Before a word: no letter or digit.
const B_WORD = "(?<![\\p{L}\\p{N}])";
const AFTER_WORD = "(?![\\p{L}])";
// A year or day may be glued to a following clock ("201609:16"), but not to other digits.
const NUM_END = "(?=\\D|$|\\d{1,2}:\\d{2})";
// The Hijri half written first: "22 ربيع الأول 1437 هـ الموافق ".
const HIJRI_FIRST = `(?:\\d{1,2}\\s*(?:${HIJRI_MONTH_ALT})${AFTER_WORD}\\s*\\d{4}\\s*(?:هـ|ه)?${AFTER_WORD}\\s*[-–،,/|]?\\s*(?:الموافق\\s*(?:ل\\s*)?)?)?`;
const TIME = "(?:\\s*(?:[-–|,،t/]|الساعه|at)?\\s*(?:الساعه\\s*)?(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\s*(?:ص|م|صباحا|مساء|مساءا|am|pm)(?![\\p{L}]))?)?";

interface Parts {
  wd?: string;
  d: string;
  m: string;
  y: string;
  time?: string;
}

interface Pattern {
  re: RegExp;
  format: DateFormat;
  parts: (m: RegExpExecArray) => Parts;
}

const P = (src: string) => new RegExp(src, "gu");

/** The patterns over the given month and weekday names (regex alternations). */
function patterns(monthAlt: string, weekdayAlt: string): Pattern[] {
  // A second name for the same month may follow: "تموز / يوليو", "أيلول (سبتمبر)", Reuters' "فبراير شباط".
  const M = `(${monthAlt})${AFTER_WORD}(?:\\s*[/(\\-–]?\\s*(?:${monthAlt})${AFTER_WORD}\\s*\\)?)?`;
  // A weekday, or else the start of a number: every numeric pattern opens with this (one group: the weekday).
  const WD_OR_NUM = `(?:${B_WORD}(?:يوم\\s+)?(${weekdayAlt})${AFTER_WORD}\\s*[,،]?\\s*|${B_NUM})`;
  const WD_OR_WORD = `(?:${B_WORD}(?:يوم\\s+)?(${weekdayAlt})${AFTER_WORD}\\s*[,،]?\\s*|${B_WORD})`;
  return [
    {
      format: "day-month-name", // الخميس 14 يوليه 2016 - 9:16 م | 10. سبتمبر 2016 | 1 شباط/فبراير 2016 | 20 Oct 2016
      re: P(`${WD_OR_NUM}${HIJRI_FIRST}(\\d{1,2})(?:st|nd|rd|th)?\\s*[.\\-/]?\\s*(?:من\\s+)?(?:شهر\\s+)?${M}\\s*[,،.\\-/]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})${NUM_END}${TIME}`),
      parts: (m) => ({ wd: m[1], d: m[2]!, m: m[3]!, y: m[4]!, time: m[5] }),
    },
    {
      format: "ordinal-day-month", // الاثنين (الثالث من تشرين الأول/ أكتوبر 2016)
      re: P(`${WD_OR_WORD}(${ORDINAL_DAY_ALT})\\s+(?:من\\s+)?(?:شهر\\s+)?${M}\\s*[,،]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})${NUM_END}`),
      parts: (m) => ({ wd: m[1], d: m[2]!, m: m[3]!, y: m[4]! }),
    },
    {
      format: "month-name-day", // September 28, 2016
      re: P(`${WD_OR_WORD}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s*(\\d{4})${NUM_END}${TIME}`),
      parts: (m) => ({ wd: m[1], m: m[2]!, d: m[3]!, y: m[4]!, time: m[5] }),
    },
    {
      format: "ymd", // 2016/01/20, 2016-01-20T14:46
      re: P(`${WD_OR_NUM}(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{1,2})${NUM_END}${TIME}`),
      parts: (m) => ({ wd: m[1], y: m[2]!, m: m[4]!, d: m[5]!, time: m[6] }),
    },
    {
      format: "ymd", // 18:032016/01/20: a clock glued before the date (scraped stamp lines)
      re: P(`${B_NUM}(\\d{1,2}:\\d{2})(\\d{4})([-/.])(\\d{1,2})\\3(\\d{1,2})${NUM_END}`),
      parts: (m) => ({ time: m[1], y: m[2]!, m: m[4]!, d: m[5]! }),
    },
    {
      format: "dmy", // 01.09.2016 | 14:46 (day first, as Arab sites write it)
      re: P(`${WD_OR_NUM}(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{4})${NUM_END}${TIME}`),
      parts: (m) => ({ wd: m[1], d: m[2]!, m: m[4]!, y: m[5]!, time: m[6] }),
    },
    {
      format: "list-year-first", // GMT 13:56 2019 الإثنين ,01 تموز / يوليو (related-story lists)
      re: P(`${B_NUM}(\\d{4})\\s+(${weekdayAlt})${AFTER_WORD}\\s*[,،]?\\s*(\\d{1,2})\\s+${M}`),
      parts: (m) => ({ y: m[1]!, wd: m[2], d: m[3]!, m: m[4]! }),
    },
  ];
}

const PATTERNS = patterns(MONTH_ALT, WEEKDAY_ALT);
// A line with no Latin letter holds no English month or weekday: the Arabic names alone find the same dates, faster.
const ARABIC_PATTERNS = patterns(MONTH_AR_ALT, WEEKDAY_AR_ALT);

const QUICK = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/;

export function findDates(text: string): DateMatch[] {
  if (!QUICK.test(text)) return []; // every supported form has a four-digit year
  const folded = foldCharwise(text);
  const found: DateMatch[] = [];
  for (const p of /[a-z]/.test(folded) ? PATTERNS : ARABIC_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m; m = p.re.exec(folded)) {
      const date = toMatch(text, m, p);
      if (date) found.push(date);
    }
  }
  return dropOverlaps(found);
}

/** YYYY-MM-DD of a real calendar day, else null. */
export function calendarIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCDate() !== day || utc.getUTCMonth() !== month - 1) return null;
  return utc.toISOString().slice(0, 10);
}

function toMatch(text: string, m: RegExpExecArray, p: Pattern): DateMatch | null {
  const parts = p.parts(m);
  const year = Number(parts.y);
  let month = /^\d+$/.test(parts.m) ? Number(parts.m) : (monthOf(parts.m) ?? 0);
  let day = p.format === "ordinal-day-month" ? (ordinalDayOf(parts.d) ?? 0) : Number(parts.d);
  // Day-first is the Arab default; a "day" above 12 with a "month" that can't be one means month-first.
  if (p.format === "dmy" && month > 12 && day <= 12) [day, month] = [month, day];
  if (year < 1900 || year > 2100) return null;
  const iso = calendarIso(year, month, day);
  if (!iso) return null;
  const weekday = parts.wd ? weekdayOf(parts.wd) : null;
  // The match starts at the weekday or the first digit, never on a glued letter before it.
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const end = m.index + m[0].replace(/\s+$/u, "").length;
  return {
    iso,
    year,
    start,
    end,
    text: text.slice(start, end),
    weekday,
    weekdayMismatch: weekday !== null && weekday !== new Date(`${iso}T00:00:00Z`).getUTCDay(),
    time: parts.time ?? null,
    format: p.format,
    alternative: p.format === "dmy" ? monthFirstReading(m[0], year, month, day) : null,
  };
}

/** The month-first reading of a day-first numeric date, when the form leaves both open. */
function monthFirstReading(matched: string, year: number, month: number, day: number): string | null {
  if (day > 12 || month > 12 || day === month) return null;
  // Dotted dates (04.10.2016) are day-first in every convention that writes them.
  if (/^\D*\d{1,2}\s*\./u.test(matched)) return null;
  return calendarIso(year, day, month);
}

function dropOverlaps(found: DateMatch[]): DateMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMatch[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (!last || d.start >= last.end) kept.push(d);
  }
  return kept;
}
