// Weekday words in running text ("الجمعة", "يوم الخميس"): a hint for a later dating step, never a date.
import { foldCharwise } from "./normalize";
import { WEEKDAY_ALT, weekdayOf } from "./date-words";

const WEEKDAY_WORD = new RegExp(`(?<![\\p{L}])(?:و|ف)?(?:يوم\\s+)?(${WEEKDAY_ALT})(?![\\p{L}])`, "gu");

export interface WeekdayMention {
  weekday: number;
  text: string; // the weekday name as written
  index: number;
}

export function findWeekdayMentions(text: string): WeekdayMention[] {
  const folded = foldCharwise(text);
  const out: WeekdayMention[] = [];
  WEEKDAY_WORD.lastIndex = 0;
  for (let m = WEEKDAY_WORD.exec(folded); m; m = WEEKDAY_WORD.exec(folded)) {
    const name = m[1]!;
    if (/^[a-z]+$/.test(name) && name.length <= 3) continue; // "sun", "sat", "wed" are English words too
    const at = m.index + m[0].length - name.length;
    out.push({ weekday: weekdayOf(name)!, text: text.slice(at, at + name.length), index: at });
  }
  return out;
}
