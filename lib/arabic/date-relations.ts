// The words around a weekday or a date that place it relative to the writer's "now" or mark it as another
// occasion: «اليوم الأربعاء», «أمس (الثلاثاء)», «أول أمس», «غدا», «بعد غد», «الجمعة المقبل», «9 سبتمبر
// الماضي», «منذ 2012», «حتى 31 ديسمبر», «اعتبارا من 27 فبراير», «اتفاق 9 سبتمبر». Callers pass the text as
// written just before the mention (`before`, ending where it starts) or just after it (`after`).
import { WEEKDAY_ALT, weekdayOf } from "./date-words";
import { normalizeArabic } from "./normalize";

// Marks and tatweel go («اعتباراً», «أمسِ»); spelling is folded as in the month and weekday tables.
const fold = (s: string) => normalizeArabic(s).toLowerCase().replace(/\s+/g, " ");

/** Where a mention sits relative to the writing day. */
export type DayRelation = "today" | "yesterday" | "dayBeforeYesterday" | "tomorrow" | "dayAfterTomorrow";

const NOT_LETTER = "(?<![\\p{L}])";
const GAP = "\\s*[(،,\\-–]?\\s*"; // «اليوم (الجمعة)», «أمس، الثلاثاء»
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
export function relationBefore(before: string): DayRelation | null {
  const tail = fold(before.slice(-48));
  for (const [relation, re] of RELATION_BEFORE) if (re.test(tail)) return relation;
  return null;
}

const NEXT_AFTER = /^\s*[)،,]?\s*(?:المقبل|المقبله|القادم|القادمه)(?![\p{L}])/u;
const LAST_AFTER = /^\s*[)،,]?\s*(?:الماضي|الماضيه|الفائت|الفائته|المنصرم|المنصرمه|السابق|السابقه)(?![\p{L}])/u;

/** «الجمعة المقبل» / «9 سبتمبر الماضي»: the words just after a weekday or date. */
export function relationAfter(after: string): "next" | "last" | null {
  const head = fold(after.slice(0, 24));
  if (NEXT_AFTER.test(head)) return "next";
  if (LAST_AFTER.test(head)) return "last";
  return null;
}

/** A weekday written just before a mention, outside it: «اليوم السبت (1 فبراير 2014)», «الأربعاء، 28 سبتمبر». */
const WEEKDAY_JUST_BEFORE = new RegExp(`${NOT_LETTER}(?:يوم\\s+)?(${WEEKDAY_ALT})${GAP}$`, "u");
export function weekdayJustBefore(before: string): number | null {
  const m = WEEKDAY_JUST_BEFORE.exec(fold(before.slice(-28)));
  return m ? weekdayOf(m[1]!) : null;
}

/** Why a full date in running text is another occasion than the writing day; null when nothing says so. */
export type OtherOccasion = "earlier-event" | "future-date";

// «منذ 2012», «في وقت سابق», «الذي وقع في», «المبرم في»: the date is of something that already happened.
const PAST_BEFORE =
  /(?<![\p{L}])(?:منذ|في\s+وقت\s+سابق|سابقا|وقع|وقعت|الموقع|الموقعه|المبرم|المبرمه|ابرم|ابرمت|صدر|الصادر|الصادره|اندلعت|بدات|جرت|جري|عقد|عقدت|المنعقد|المنعقده|تم)(?:\s+[\p{L}]+)?\s+(?:في|يوم|بتاريخ)?\s*$/u;
// «حتى», «بحلول», «اعتبارا من», «يبدأ», «من المقرر», «منتصف ليلة»: a deadline or something still to come.
const FUTURE_BEFORE =
  /(?<![\p{L}])(?:حتي|لغايه|بحلول|قبل|اعتبارا\s+من|ابتداء\s+من|بدءا\s+من|بدء\s+من|يبدا|تبدا|سيبدا|ستبدا|يبدا\s+في|موعد|موعدا|الموعد|مهله|المهله|المقرر|من\s+المقرر|مقرر|سيعقد|ستعقد|يعقد|تعقد|سينعقد|ستنعقد|ينتهي|تنتهي|ستنتهي|سينتهي|منتصف\s+ليله|اجل|ارجاء|تاجيل|المرتقب|المنتظر|المزمع)(?:\s+[\p{L}]+)?\s+(?:في|يوم|من|ليله|بتاريخ)?\s*$/u;
// An occasion named just before the date, clitics allowed: «باتفاق 9 سبتمبر», «بيان جنيف 30 حزيران 2012».
const EVENT_NOUN =
  /(?<![\p{L}])(?:[وفبلك]{1,2})?(?:ال|ل)?(?:اتفاق|اتفاقيه|تفاهم|هدنه|بيان|اعلان|قرار|اجتماع|لقاء|مؤتمر|قمه|جوله|محادثات|مفاوضات|انتخابات|هجوم|هجمات|تفجير|تفجيرات|مجزره|ضربه|ضربات|غاره|غارات|احداث|ثوره|انقلاب|استفتاء|اتصال|زياره|قصف)(?:\s+[\p{L}]+){0,2}\s+(?:في|يوم|بتاريخ|ل|المؤرخ\s+في)?\s*$/u;

/** What the words around a full date in running text say it is, when they say it is not the writing day. */
export function otherOccasion(before: string, after: string): OtherOccasion | null {
  const rel = relationAfter(after);
  if (rel === "last") return "earlier-event";
  if (rel === "next") return "future-date";
  const tail = fold(before.slice(-56));
  if (FUTURE_BEFORE.test(tail)) return "future-date";
  if (PAST_BEFORE.test(tail) || EVENT_NOUN.test(tail)) return "earlier-event";
  return null;
}
