// Finds calendar dates in one line of Arabic-site text: named months in every regional spelling,
// numeric day-first dates, ISO dates, Eastern digits, a weekday before and a clock time after.
// It reports every date it sees; deciding which one is the publication date is the caller's job.
import { foldCharwise } from "./normalize";
import { MONTH_ALT, WEEKDAY_ALT, monthOf, weekdayOf } from "./date-words";

export type DateFormat = "day-month-name" | "month-name-day" | "ymd" | "dmy" | "list-year-first";

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
}

const B = "(?<![\\p{L}\\p{N}])"; // no letter or digit just before
const AFTER_WORD = "(?![\\p{L}])";
// A year or day may be glued to a following clock ("201609:16"), but not to other digits.
const NUM_END = "(?=\\D|$|\\d{1,2}:\\d{2})";
// A second name for the same month may follow: "تموز / يوليو", "أيلول (سبتمبر)", Reuters' "فبراير شباط".
const M = `(${MONTH_ALT})${AFTER_WORD}(?:\\s*[/(\\-–]?\\s*(?:${MONTH_ALT})${AFTER_WORD}\\s*\\)?)?`;
const WD = `(?:(?:يوم\\s+)?(${WEEKDAY_ALT})${AFTER_WORD}\\s*[,،]?\\s*)?`;
const TIME = "(?:\\s*(?:[-–|,،t]|الساعه|at)?\\s*(?:الساعه\\s*)?(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\s*(?:ص|م|صباحا|مساء|مساءا|am|pm)(?![\\p{L}]))?)?";

interface Pattern {
  re: RegExp;
  format: DateFormat;
  // Group indexes in the match: weekday, day, month (name or number), year, time.
  parts: (m: RegExpExecArray) => { wd?: string; d: string; m: string; y: string; time?: string };
}

const P = (src: string) => new RegExp(B + src, "gu");
const PATTERNS: Pattern[] = [
  {
    format: "day-month-name", // الخميس 14 يوليه 2016 - 9:16 م | 10. سبتمبر 2016 | 1 شباط/فبراير 2016
    re: P(`${WD}(\\d{1,2})(?:st|nd|rd|th)?\\s*[.\\-/]?\\s*(?:من\\s+)?(?:شهر\\s+)?${M}\\s*[,،.\\-/]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})${NUM_END}${TIME}`),
    parts: (m) => ({ wd: m[1], d: m[2]!, m: m[3]!, y: m[4]!, time: m[5] }),
  },
  {
    format: "month-name-day", // September 28, 2016
    re: P(`${WD}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s*(\\d{4})${NUM_END}${TIME}`),
    parts: (m) => ({ wd: m[1], m: m[2]!, d: m[3]!, y: m[4]!, time: m[5] }),
  },
  {
    format: "ymd", // 2016/01/20, 2016-01-20T14:46
    re: P(`${WD}(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{1,2})${NUM_END}${TIME}`),
    parts: (m) => ({ wd: m[1], y: m[2]!, m: m[4]!, d: m[5]!, time: m[6] }),
  },
  {
    format: "dmy", // 01.09.2016 | 14:46 (day first, as Arab sites write it)
    re: P(`${WD}(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{4})${NUM_END}${TIME}`),
    parts: (m) => ({ wd: m[1], d: m[2]!, m: m[4]!, y: m[5]!, time: m[6] }),
  },
  {
    format: "list-year-first", // GMT 13:56 2019 الإثنين ,01 تموز / يوليو (related-story lists)
    re: P(`(\\d{4})\\s+(${WEEKDAY_ALT})${AFTER_WORD}\\s*[,،]?\\s*(\\d{1,2})\\s+${M}`),
    parts: (m) => ({ y: m[1]!, wd: m[2], d: m[3]!, m: m[4]! }),
  },
];

const QUICK = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/;

export function findDates(text: string): DateMatch[] {
  if (!QUICK.test(text)) return []; // every supported form has a four-digit year
  const folded = foldCharwise(text);
  const found: DateMatch[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m; m = p.re.exec(folded)) {
      const date = toMatch(text, m, p);
      if (date) found.push(date);
    }
  }
  return dropOverlaps(found);
}

function toMatch(text: string, m: RegExpExecArray, p: Pattern): DateMatch | null {
  const parts = p.parts(m);
  const year = Number(parts.y);
  let month = /^\d+$/.test(parts.m) ? Number(parts.m) : (monthOf(parts.m) ?? 0);
  let day = Number(parts.d);
  // Day-first is the Arab default; a "day" above 12 with a "month" that can't be one means month-first.
  if (p.format === "dmy" && month > 12 && day <= 12) [day, month] = [month, day];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCDate() !== day || utc.getUTCMonth() !== month - 1) return null;
  const weekday = parts.wd ? weekdayOf(parts.wd) : null;
  const end = m.index + m[0].replace(/\s+$/u, "").length;
  return {
    iso: utc.toISOString().slice(0, 10),
    year,
    start: m.index,
    end,
    text: text.slice(m.index, end),
    weekday,
    weekdayMismatch: weekday !== null && weekday !== utc.getUTCDay(),
    time: parts.time ?? null,
    format: p.format,
  };
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
