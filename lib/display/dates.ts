// Dates as Arabic readers see them. One formatter for the whole UI so numerals stay consistent.
const dayMonthYear = new Intl.DateTimeFormat("ar-u-nu-latn", {
  day: "numeric",
  month: "long",
  year: "numeric",
  weekday: "long",
  timeZone: "UTC",
});
const monthYear = new Intl.DateTimeFormat("ar-u-nu-latn", { month: "long", year: "numeric", timeZone: "UTC" });

const parse = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "الخميس، 14 يوليو 2016" */
export function formatArabicDate(isoDate: string): string {
  return dayMonthYear.format(parse(isoDate));
}

/** "14 – 15 يوليو 2016" style ranges are written as two full dates joined by an en dash. */
export function formatArabicDateRange(start: string, end: string | null): string {
  return end && end !== start ? `${formatArabicDate(start)} – ${formatArabicDate(end)}` : formatArabicDate(start);
}

/** "يوليو 2016" */
export function formatArabicMonth(isoDate: string): string {
  return monthYear.format(parse(isoDate));
}

export const DATE_BASIS_LABELS = {
  explicit: "تاريخ منشور في النص",
  url: "تاريخ من رابط المقال",
  inferred: "تاريخ مستنتج",
  editorial: "تاريخ من المحرر",
  unknown: "تاريخ غير معروف",
} as const;
