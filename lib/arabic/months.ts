// Month names as Arab outlets write them. Data, not code: add a spelling here and every parser learns it.
// Regional sets: Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني), Maghrebi (جانفي, يوليوز, غشت), English.

export const MONTH_NAMES: ReadonlyArray<readonly [month: number, names: readonly string[]]> = [
  [1, ["يناير", "كانون الثاني", "جانفي", "جانفيي", "جانفييه", "january", "jan"]],
  [2, ["فبراير", "فبرابر", "شباط", "فيفري", "فبرير", "february", "feb"]],
  [3, ["مارس", "آذار", "march", "mar"]],
  [4, ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل", "april", "apr"]],
  [5, ["مايو", "أيار", "ماي", "may"]],
  [6, ["يونيو", "يونيه", "حزيران", "جوان", "june", "jun"]],
  [7, ["يوليو", "يوليه", "تموز", "يوليوز", "جويلية", "july", "jul"]],
  [8, ["أغسطس", "اغسطس", "آب", "غشت", "أوت", "august", "aug"]],
  [9, ["سبتمبر", "أيلول", "شتنبر", "september", "sept", "sep"]],
  [10, ["أكتوبر", "اكتوبر", "تشرين الأول", "october", "oct"]],
  [11, ["نوفمبر", "تشرين الثاني", "نونبر", "november", "nov"]],
  [12, ["ديسمبر", "كانون الأول", "دجنبر", "december", "dec"]],
];

// Hijri months, only to recognise the Hijri half of a dual date ("22 ربيع الأول 1437 هـ الموافق 3 يناير 2016"):
// the Gregorian half is the one read, and a weekday written before the Hijri half belongs to both.
export const HIJRI_MONTH_NAMES: readonly string[] = [
  "محرم",
  "صفر",
  "ربيع الأول",
  "ربيع أول",
  "ربيع الثاني",
  "ربيع ثاني",
  "ربيع الآخر",
  "ربيع آخر",
  "جمادى الأولى",
  "جمادى أولى",
  "جمادى الأول",
  "جمادى الآخرة",
  "جمادى آخرة",
  "جمادى الثانية",
  "جمادى ثانية",
  "جمادى الآخر",
  "رجب",
  "شعبان",
  "رمضان",
  "شوال",
  "ذو القعدة",
  "ذي القعدة",
  "ذو الحجة",
  "ذي الحجة",
];

// Days written as ordinal words, as DW and some agencies print them: «الثالث من تشرين الأول/ أكتوبر 2016».
const UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
const TEENS = ["الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر"];
const UNITS_IN_COMPOUND = ["الحادي", ...UNITS.slice(1)];

export const ORDINAL_DAYS: ReadonlyArray<readonly [day: number, name: string]> = [
  ...UNITS.map((n, i) => [i + 1, n] as const),
  [10, "العاشر"],
  ...TEENS.map((n, i) => [i + 11, n] as const),
  [20, "العشرين"],
  ...UNITS_IN_COMPOUND.map((n, i) => [i + 21, `${n} والعشرين`] as const),
  [30, "الثلاثين"],
  [31, "الحادي والثلاثين"],
];
