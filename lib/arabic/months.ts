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
