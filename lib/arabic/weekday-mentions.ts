// Weekday words in running text ("الجمعة", "يوم الخميس"): a hint for a later dating step, never a date.
import { foldCharwise } from "./normalize";
import { WEEKDAY_AR_ALT, WEEKDAY_ALT, weekdayOf } from "./date-words";

const weekdayWord = (alt: string) => new RegExp(`(?<![\\p{L}])(?:و|ف)?(?:يوم\\s+)?(${alt})(?![\\p{L}])`, "gu");
const WEEKDAY_WORD = weekdayWord(WEEKDAY_ALT);
// Text with no Latin letter holds no English name: the Arabic names alone find the same words, several times faster.
const WEEKDAY_AR_WORD = weekdayWord(WEEKDAY_AR_ALT);

export interface WeekdayMention {
  weekday: number;
  text: string; // the weekday name as written
  index: number;
}

export function findWeekdayMentions(text: string): WeekdayMention[] {
  const folded = foldCharwise(text);
  const out: WeekdayMention[] = [];
  const re = /[a-z]/.test(folded) ? WEEKDAY_WORD : WEEKDAY_AR_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const name = m[1]!;
    if (/^[a-z]+$/.test(name) && name.length <= 3) continue; // "sun", "sat", "wed" are English words too
    const at = m.index + m[0].length - name.length;
    out.push({ weekday: weekdayOf(name)!, text: text.slice(at, at + name.length), index: at });
  }
  return out;
}
