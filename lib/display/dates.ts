// Dates as Arabic readers see them. One set of formatters for the whole UI so numerals stay
// consistent: each takes the reader's display settings (lib/display/settings.ts) for its digits.
// The Hijri date comes from the platform's Umm al-Qura calendar (Intl), never from our own arithmetic.
import { DEFAULT_DISPLAY, type DisplaySettings } from "./settings";
import { memoize } from "../cache";

// Formatters are costly to build and few: one per locale and options.
const formatOf = memoize((key: string) => {
  const [locale, options] = JSON.parse(key) as [string, Intl.DateTimeFormatOptions];
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
}, 64);
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => formatOf(JSON.stringify([locale, options]));

const parse = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const gregorian = (s: DisplaySettings) => `ar-u-nu-${s.digits}`;
const hijri = (s: DisplaySettings) => `ar-u-ca-islamic-umalqura-nu-${s.digits}`;

/** "الخميس، 14 يوليو 2016" */
export function formatArabicDate(isoDate: string, s: DisplaySettings = DEFAULT_DISPLAY): string {
  return dateFormat(gregorian(s), { day: "numeric", month: "long", year: "numeric", weekday: "long" }).format(parse(isoDate));
}

/** "14 – 15 يوليو 2016" style ranges are written as two full dates joined by an en dash. */
export function formatArabicDateRange(start: string, end: string | null, s: DisplaySettings = DEFAULT_DISPLAY): string {
  return end && end !== start ? `${formatArabicDate(start, s)} – ${formatArabicDate(end, s)}` : formatArabicDate(start, s);
}

/** "يوليو 2016" */
export function formatArabicMonth(isoDate: string, s: DisplaySettings = DEFAULT_DISPLAY): string {
  return dateFormat(gregorian(s), { month: "long", year: "numeric" }).format(parse(isoDate));
}

/** "9 شوال 1437 هـ" (Umm al-Qura). */
export function formatHijriDate(isoDate: string, s: DisplaySettings = DEFAULT_DISPLAY): string {
  return dateFormat(hijri(s), { day: "numeric", month: "long", year: "numeric" }).format(parse(isoDate));
}

/** The Hijri counterpart of a range, or null when the settings do not ask for it. */
export function formatHijriRange(start: string, end: string | null, s: DisplaySettings): string | null {
  if (!s.hijri) return null;
  return end && end !== start ? `${formatHijriDate(start, s)} – ${formatHijriDate(end, s)}` : formatHijriDate(start, s);
}
