// What an article's words say about its own day when it states no full date: weekdays with the words
// that place them relative to the writing ("اليوم الثلاثاء", "أمس الأربعاء", "الجمعة المقبل"), day-and-month
// dates without a year ("29 أكتوبر") with the years their weekday allows, the years it names, and the
// month a URL names without a day. Date selection (date-select.ts) infers a date from them where they
// suffice; grouping (lib/events) reads them against the reference chronology. Never a date on their own.
import { yearsWithWeekday } from "../arabic/calendar";
import { EVE_WORDS, eveOrMorrow, nearRelation, otherOccasion, relationAfter, type DayRelation } from "../arabic/date-relations";
import { WEEKDAY_AR_ALT, weekdayOf } from "../arabic/date-words";
import { scanMonths } from "../arabic/day-months";
import { foldCharwise } from "../arabic/normalize";
import { PLAUSIBLE_YEARS } from "./date-range";
import { urlMonth } from "./url-metadata";
import type { DateClues, DayMonthClue, WeekdayClue, WeekdayRelation } from "./types";

const L = "\\p{L}";
// Arabic names only: English weekday words are rare in Arabic bodies and ambiguous ("sun", "sat").
const WEEKDAY = new RegExp(`(?<![${L}])(?:[وف])?(?:يوم\\s+)?(${WEEKDAY_AR_ALT})(?![${L}])`, "gu");
const YEAR = /(?<!\d)(20[01]\d)(?!\d)/g;
const OFFSET: Record<DayRelation, number> = { today: 0, yesterday: 1, dayBeforeYesterday: 2, tomorrow: -1, dayAfterTomorrow: -2 };
// Enough context for «مساء أول أمس (الثلاثاء)» before and «) المقبلة» after; «غداة هجمات ... (الجمعة» reaches
// further back, and is looked for there only when nothing nearer places the mention.
const BEFORE_CHARS = 48;
const EVE_CHARS = 110;
const AFTER_CHARS = 24;

/** Where the body's first paragraph ends: its first blank line, or the end. */
export function leadEndOf(body: string): number {
  const blankLine = body.search(/\n\s*\n/);
  return blankLine < 0 ? body.length : blankLine;
}

/** Clues in the title and body (the first paragraph ends at the first blank line), and the URLs' month. */
export function findDateClues(title: string, body: string, urls: Array<string | undefined> = []): DateClues {
  const leadEnd = leadEndOf(body);
  const weekdays: WeekdayClue[] = [];
  const dayMonths: DayMonthClue[] = [];
  const months: NonNullable<DateClues["months"]> = [];
  const foldedBody = foldCharwise(body);
  const years = [...new Set([...foldedBody.matchAll(YEAR)].map((m) => Number(m[1])))].sort();
  const scan = (text: string, inTitle: boolean) => {
    const folded = inTitle ? foldCharwise(text) : foldedBody;
    const lead = (at: number) => inTitle || at < leadEnd;
    // Most texts have neither word: then no mention is looked at for them.
    const eveWords = EVE_WORDS.test(text);
    const eve = (at: number) => (eveWords ? eveOrMorrow(text.slice(Math.max(0, at - EVE_CHARS), at)) : null);
    WEEKDAY.lastIndex = 0;
    for (let m = WEEKDAY.exec(folded); m; m = WEEKDAY.exec(folded)) {
      const name = m[1]!;
      const at = m.index + m[0].length - name.length;
      const before = text.slice(Math.max(0, m.index - BEFORE_CHARS), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + AFTER_CHARS);
      const relation: WeekdayRelation = relationAfter(after) ?? nearRelation(before) ?? eve(m.index) ?? "bare";
      weekdays.push({ weekday: weekdayOf(name)!, relation, text: text.slice(at, at + name.length), at, lead: lead(at), inTitle });
    }
    const found = scanMonths(text, folded);
    for (const dm of found.dayMonths) {
      const before = text.slice(Math.max(0, dm.start - BEFORE_CHARS), dm.start);
      const after = text.slice(dm.end, dm.end + AFTER_CHARS);
      const next = relationAfter(after);
      const said = nearRelation(before) ?? eve(dm.start);
      dayMonths.push({
        day: dm.day,
        month: dm.month,
        weekday: dm.weekday,
        relation: next === "last" ? "past" : next === "next" ? "future" : "plain",
        text: dm.text,
        at: dm.start,
        lead: lead(dm.start),
        inTitle,
        years: dm.weekday === null ? [] : yearsWithWeekday(dm.month, dm.day, dm.weekday, PLAUSIBLE_YEARS.from, PLAUSIBLE_YEARS.to),
        writingOffset: said ? OFFSET[said] : null,
        occasion: said ? null : otherOccasion(before, after),
      });
    }
    for (const mm of found.months) months.push({ month: mm.month, relation: mm.relation, text: mm.text, lead: lead(mm.start) });
  };
  scan(title, true);
  scan(body, false);
  const monthWindow = urls.map((u) => (u ? urlMonth(u) : null)).find((w) => w !== null) ?? null;
  return { weekdays, dayMonths, years, months, monthWindow, candidates: [], distractors: [] };
}
