// The words around a weekday or a date that place it relative to the writer's "now" or mark it as another
// occasion: «اليوم الأربعاء», «أمس (الثلاثاء)», «أول أمس», «غدا», «بعد غد», «الجمعة المقبل», «9 سبتمبر
// الماضي», «منذ 2012», «حتى 31 ديسمبر», «اعتبارا من 27 فبراير», «اتفاق 9 سبتمبر». Callers pass the text as
// written just before the mention (`before`, ending where it starts) or just after it (`after`).
import { WEEKDAY_ALT, weekdayOf } from "./date-words";
import { normalizeArabic } from "./normalize";

// Marks and tatweel go («اعتباراً», «أمسِ»); spelling is folded as in the month and weekday tables.
const fold = (s: string) => normalizeArabic(s).toLowerCase().replace(/\s+/g, " ");

/**
 * The last `n` words of `before`, folded. The patterns below are anchored at the end; giving them a few
 * words rather than a long tail keeps them from being tried at every position of it.
 */
function lastWords(before: string, n: number, reach = 80): string {
  const f = fold(before.slice(-reach));
  let at = f.length - 1;
  while (at > 0 && f[at] === " ") at--;
  for (let k = 0; k < n && at > 0; k++) at = f.lastIndexOf(" ", at - 1);
  return at > 0 ? f.slice(at) : f;
}

/** Where a mention sits relative to the writing day. */
export type DayRelation = "today" | "yesterday" | "dayBeforeYesterday" | "tomorrow" | "dayAfterTomorrow";

const NOT_LETTER = "(?<![\\p{L}])";
const GAP = "\\s*[(،,\\-–]?\\s*(?:في\\s+)?"; // «اليوم (الجمعة)», «أمس، الثلاثاء», «غدا في 30 أكتوبر»
const WEEKDAY_OPT = `(?:(?:يوم\\s+)?(?:${WEEKDAY_ALT})${GAP})?`;

// Order matters: the longer phrase first («أول أمس» before «أمس», «بعد غد» before «غدا»).
const RELATION_BEFORE: Array<[DayRelation, RegExp]> = [
  ["dayBeforeYesterday", new RegExp(`${NOT_LETTER}(?:اول\\s+امس|اول\\s+من\\s+امس)${GAP}${WEEKDAY_OPT}$`, "u")],
  ["yesterday", new RegExp(`${NOT_LETTER}(?:(?:يوم|مساء|صباح|ليل|ليله|ظهر|فجر)\\s+)?(?:امس|البارحه)${GAP}${WEEKDAY_OPT}$`, "u")],
  ["dayAfterTomorrow", new RegExp(`${NOT_LETTER}بعد\\s+غد${GAP}${WEEKDAY_OPT}$`, "u")],
  ["tomorrow", new RegExp(`${NOT_LETTER}(?:(?:يوم|مساء|صباح|ظهر)\\s+)?غدا?${GAP}${WEEKDAY_OPT}$`, "u")],
  // «مساء الجمعة» alone is an evening of that week, not the writing day: only «اليوم»/«الليلة» say "today".
  ["today", new RegExp(`${NOT_LETTER}(?:(?:مساء|صباح|ظهر|فجر|ليل|خلال|في)\\s+)?(?:اليوم|الليله|هذا\\s+اليوم)${GAP}${WEEKDAY_OPT}$`, "u")],
];

/** The relation the words just before a weekday or date give it ("اليوم", "أمس", "غدا" ...), else null. */
// Cheap checks on the raw text first: most weekdays and dates have none of these words near them.
const RELATION_WORD = /مس|بارح|غد|يوم|ليل/u;
const RELATION_AFTER_WORD = /مقبل|قادم|ماض|فائت|منصرم|سابق/u;

export function relationBefore(before: string): DayRelation | null {
  return nearRelation(before) ?? eveOrMorrow(before);
}

/** «اليوم», «أمس», «غدا» and their kin just before the mention (the last few words). */
export function nearRelation(before: string): DayRelation | null {
  if (!RELATION_WORD.test(before.slice(-48))) return null;
  const tail = lastWords(before, 6);
  for (const [relation, re] of RELATION_BEFORE) if (re.test(tail)) return relation;
  return null;
}

// «غداة اجتماع الثلاثاء», «غداة هجمات ... باريس (الجمعة 13 نوفمبر)»: the day after the occasion named, so the
// story's day follows the date as «أمس» says; «عشية» (its eve) precedes it as «غدا» does. The occasion's name
// sits between: a few words, or a whole clause when the date follows it in parentheses, as an occasion's date
// is given. A comma or a full stop ends the reach. «عشية الثلاثاء» alone is that day's evening, not its eve.
const EVE_OR_MORROW = new RegExp(`${NOT_LETTER}[وف]?(غداه|عشيه)((?:\\s+[^\\s.!؟?؛:،,]+)*)\\s*$`, "u");
/** Marks and tatweel may sit between the letters of the raw text («عشيّة», «غَداة»). */
export const EVE_WORDS = /غ[\p{M}\u0640]*د[\p{M}\u0640]*ا[\p{M}\u0640]*[ةه]|ع[\p{M}\u0640]*ش[\p{M}\u0640]*ي[\p{M}\u0640]*[ةه]/u;
const EVE_OR_MORROW_REACH = 110;
const OCCASION_WORDS = 4;
const PARENTHESISED_WORDS = 12;
const WEEKDAY_WORD = new RegExp(`^(?:يوم|${WEEKDAY_ALT})$`, "u");

export function eveOrMorrow(before: string): DayRelation | null {
  if (!EVE_WORDS.test(before.slice(-EVE_OR_MORROW_REACH))) return null;
  const tail = lastWords(before, PARENTHESISED_WORDS + 1, EVE_OR_MORROW_REACH);
  const m = EVE_OR_MORROW.exec(tail);
  if (!m) return null;
  const between = m[2]!.split(/\s+/).filter(Boolean);
  const parenthesised = /\((?:[^\s()]+)?\s*$/u.test(tail);
  if (between.length > (parenthesised ? PARENTHESISED_WORDS : OCCASION_WORDS)) return null;
  const eve = m[1] === "عشيه";
  if (eve && between.map((w) => w.replace(/^\(/, "")).every((w) => WEEKDAY_WORD.test(w))) return null;
  return eve ? "tomorrow" : "yesterday";
}

const NEXT_AFTER = /^\s*[)،,]?\s*(?:المقبل|المقبله|القادم|القادمه)(?![\p{L}])/u;
const LAST_AFTER = /^\s*[)،,]?\s*(?:الماضي|الماضيه|الفائت|الفائته|المنصرم|المنصرمه|السابق|السابقه)(?![\p{L}])/u;

/** «الجمعة المقبل» / «9 سبتمبر الماضي»: the words just after a weekday or date. */
export function relationAfter(after: string): "next" | "last" | null {
  if (!RELATION_AFTER_WORD.test(after.slice(0, 24))) return null;
  const head = fold(after.slice(0, 20));
  if (NEXT_AFTER.test(head)) return "next";
  if (LAST_AFTER.test(head)) return "last";
  return null;
}

/** A weekday written just before a mention, outside it: «اليوم السبت (1 فبراير 2014)», «الأربعاء، 28 سبتمبر». */
const WEEKDAY_JUST_BEFORE = new RegExp(`${NOT_LETTER}(?:يوم\\s+)?(${WEEKDAY_ALT})${GAP}$`, "u");
export function weekdayJustBefore(before: string): number | null {
  const m = WEEKDAY_JUST_BEFORE.exec(lastWords(before, 3));
  return m ? weekdayOf(m[1]!) : null;
}

/** Why a full date in running text is another occasion than the writing day; null when nothing says so. */
export type OtherOccasion = "earlier-event" | "future-date";

// «منذ 2012», «في وقت سابق», «المبرم في», «الصادر في»: the date is of something that happened before. (A
// past-tense verb alone, «جرت يوم الثلاثاء 29 أكتوبر», says nothing: the story's own event is past too.)
const PAST_BEFORE =
  /(?<![\p{L}])(?:منذ|في\s+وقت\s+سابق|سابقا|الموقع|الموقعه|المبرم|المبرمه|الصادر|الصادره|المنعقد|المنعقده|المؤرخ|المؤرخه)(?:\s+[\p{L}]+)?\s+(?:في|يوم|بتاريخ)?[\s(]*$/u;
// «حتى», «بحلول», «اعتبارا من», «يبدأ», «من المقرر», «منتصف ليلة»: a deadline or something still to come.
const FUTURE_BEFORE =
  /(?<![\p{L}])(?:حتي|لغايه|بحلول|قبل|اعتبارا\s+من|ابتداء\s+من|بدءا\s+من|بدء\s+من|يبدا|تبدا|سيبدا|ستبدا|يبدا\s+في|موعد|موعدا|الموعد|مهله|المهله|المقرر|من\s+المقرر|مقرر|سيعقد|ستعقد|يعقد|تعقد|سينعقد|ستنعقد|ينتهي|تنتهي|ستنتهي|سينتهي|منتصف\s+ليله|اجل|ارجاء|تاجيل|المرتقب|المنتظر|المزمع)(?:\s+[\p{L}]+)?\s+(?:في|يوم|من|ليله|بتاريخ)?[\s(]*$/u;
// An occasion named by its date, in construct with it (so without «ال»), clitics and one name allowed:
// «باتفاق 9 سبتمبر», «بيان جنيف 30 حزيران 2012», «هجمات 11 سبتمبر». «الاجتماع الثلاثاء 17 مايو» is not
// one: a definite noun with a date is the story's own occasion as often as another.
const EVENT_NOUN =
  /(?<![\p{L}])(?:[وفبلك]{1,2})?(?:اتفاق|اتفاقيه|تفاهم|هدنه|بيان|اعلان|قرار|اجتماع|لقاء|مؤتمر|قمه|جوله|محادثات|مفاوضات|انتخابات|هجوم|هجمات|تفجير|تفجيرات|مجزره|ضربه|ضربات|غاره|غارات|احداث|ثوره|انقلاب|استفتاء|اتصال|زياره|قصف)(?:\s+(?!ال)[\p{L}]+)?\s+(?:في|يوم|بتاريخ|المؤرخ\s+في)?[\s(]*$/u;

const TRAILING_WEEKDAY = new RegExp(`${NOT_LETTER}(?:يوم\\s+)?(?:${WEEKDAY_ALT})${GAP}$`, "u");

/** What the words around a full date in running text say it is, when they say it is not the writing day. */
export function otherOccasion(before: string, after: string): OtherOccasion | null {
  const rel = relationAfter(after);
  if (rel === "last") return "earlier-event";
  if (rel === "next") return "future-date";
  // «منذ الجمعة 13 نوفمبر», «حتى الأحد 31 ديسمبر»: a weekday between the cue and the date changes nothing.
  const words = lastWords(before, 7);
  const tail = words.replace(TRAILING_WEEKDAY, " ");
  if (FUTURE_BEFORE.test(tail)) return "future-date";
  if (PAST_BEFORE.test(tail)) return "earlier-event";
  // But a noun with a weekday after it is the occasion's day, not its name: «في اتصال هاتفي يوم الثلاثاء 29 أكتوبر».
  if (tail === words && EVENT_NOUN.test(tail)) return "earlier-event";
  return null;
}

/** «الأسبوع الماضي» / «الأسبوع المقبل» (also «الاسبوع الفائت», «الأسبوع القادم»). */
export interface WeekPhrase {
  relation: "lastWeek" | "nextWeek";
  start: number;
  end: number;
  text: string;
}

const WEEK_PHRASE = /(?<![\p{L}])(?:[وفبل]{1,2})?(?:الاسبوع|الأسبوع)\s+(الماضي|المنصرم|الفائت|المقبل|القادم)(?![\p{L}])/gu;

export function findWeekPhrases(text: string): WeekPhrase[] {
  const out: WeekPhrase[] = [];
  for (const m of text.replace(/[أإآ]/g, "ا").matchAll(WEEK_PHRASE)) {
    const past = /الماضي|المنصرم|الفائت/u.test(m[1]!);
    out.push({ relation: past ? "lastWeek" : "nextWeek", start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}
