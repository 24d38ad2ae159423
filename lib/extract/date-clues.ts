// What an article's words say about its own day when it states no full date: weekdays with the words
// that place them relative to the writing ("اليوم الثلاثاء", "أمس الأربعاء", "الجمعة المقبل"), day-and-month
// dates without a year ("29 أكتوبر"), and the years it names. Grouping (lib/events) reads these clues
// against the reference chronology to date an article; they are never a date on their own.
import { MONTH_ALT, WEEKDAY_ALT, monthOf, weekdayOf } from "../arabic/date-words";
import { foldCharwise } from "../arabic/normalize";
import type { DateClues, DayMonthClue, WeekdayClue, WeekdayRelation } from "./types";

const L = "\\p{L}";
/** "اليوم"/"مساء اليوم"/"أمس"/"غدا" just before a weekday, with an optional "(" or "،" between. */
const BEFORE: Array<[RegExp, WeekdayRelation]> = [
  [new RegExp(`(?<![${L}])(?:امس|البارحه|يوم\\s+امس)\\s*[(،,]?\\s*$`, "u"), "yesterday"],
  [new RegExp(`(?<![${L}])(?:غدا|غدا|بعد\\s+غد)\\s*[(،,]?\\s*$`, "u"), "tomorrow"],
  [new RegExp(`(?<![${L}])(?:اليوم|الليله|صباح|مساء|ظهر|فجر)\\s*[(،,]?\\s*$`, "u"), "today"],
];
const AFTER: Array<[RegExp, WeekdayRelation]> = [
  [new RegExp(`^\\s*\\)?\\s*(?:المقبل|المقبله|القادم|القادمه)(?![${L}])`, "u"), "next"],
  [new RegExp(`^\\s*\\)?\\s*(?:الماضي|الماضيه|الفائت|المنصرم)(?![${L}])`, "u"), "last"],
];

const WEEKDAY = new RegExp(`(?<![${L}])(?:[وف])?(?:يوم\\s+)?(${WEEKDAY_ALT})(?![${L}])`, "gu");
/** A day and a month with no year after it: "29 أكتوبر", "16 ديسمبر/كانون الأول". */
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH_ALT})(?![${L}])(?:\\s*[/(\\-–]?\\s*(?:${MONTH_ALT})(?![${L}])\\s*\\)?)?(?!\\s*[,،.\\-/]?\\s*(?:عام\\s+|سنه\\s+)?\\d{4})`,
  "gu",
);
const YEAR = /(?<!\d)(20[01]\d)(?!\d)/g;

/** Clues in the title and body. `leadEnd` is where the first paragraph ends in `body`. */
export function findDateClues(title: string, body: string): DateClues {
  const leadEnd = body.search(/\n\s*\n/) < 0 ? body.length : body.search(/\n\s*\n/);
  const weekdays: WeekdayClue[] = [];
  const dayMonths: DayMonthClue[] = [];
  const scan = (text: string, inTitle: boolean) => {
    const folded = foldCharwise(text);
    const lead = (at: number) => inTitle || at < leadEnd;
    WEEKDAY.lastIndex = 0;
    for (let m = WEEKDAY.exec(folded); m; m = WEEKDAY.exec(folded)) {
      const name = m[1]!;
      if (/^[a-z]+$/.test(name)) continue; // English weekday words are rare in Arabic bodies and ambiguous
      const at = m.index + m[0].length - name.length;
      const before = folded.slice(Math.max(0, m.index - 16), m.index);
      const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 14);
      const relation = AFTER.find(([re]) => re.test(after))?.[1] ?? BEFORE.find(([re]) => re.test(before))?.[1] ?? "bare";
      weekdays.push({ weekday: weekdayOf(name)!, relation, text: text.slice(at, at + name.length), at, lead: lead(at), inTitle });
    }
    DAY_MONTH.lastIndex = 0;
    for (let m = DAY_MONTH.exec(folded); m; m = DAY_MONTH.exec(folded)) {
      const day = Number(m[1]);
      const month = monthOf(m[2]!);
      if (!month || day < 1 || day > 31) continue;
      const before = folded.slice(Math.max(0, m.index - 24), m.index);
      const wd = new RegExp(`(${WEEKDAY_ALT})\\s*[,،]?\\s*$`, "u").exec(before);
      const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 14);
      const relation = /^\s*\)?\s*(?:الماضي|الفائت|المنصرم)/u.test(after) ? "past" : /^\s*\)?\s*(?:المقبل|القادم)/u.test(after) ? "future" : "plain";
      dayMonths.push({
        day,
        month,
        weekday: wd ? weekdayOf(wd[1]!) : null,
        relation,
        text: text.slice(m.index, m.index + m[0].length).trim(),
        at: m.index,
        lead: lead(m.index),
        inTitle,
      });
    }
  };
  scan(title, true);
  scan(body, false);
  const years = [...new Set([...foldCharwise(body).matchAll(YEAR)].map((m) => Number(m[1])))].sort();
  return { weekdays, dayMonths, years, monthWindow: null, candidates: [], distractors: [] };
}
