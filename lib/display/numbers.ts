// Numbers as the reader chose to see them (lib/display/settings.ts). Every count, page number and
// percentage in the UI goes through here so numerals never mix on one screen.
import { DEFAULT_DISPLAY, type DisplaySettings } from "./settings";
import { memoize } from "../cache";

// Formatters are costly to build and few: one per digits and options.
const formatOf = memoize((key: string) => {
  const [digits, options] = JSON.parse(key) as [string, Intl.NumberFormatOptions];
  return new Intl.NumberFormat(`ar-u-nu-${digits}`, options);
}, 64);
const numberFormat = (s: DisplaySettings, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => formatOf(JSON.stringify([s.digits, options]));

/** 1234 -> "1,234" or "١٬٢٣٤". */
export function formatNumber(n: number, s: DisplaySettings = DEFAULT_DISPLAY): string {
  return numberFormat(s).format(n);
}

/** 0.42 -> "42%" or "٤٢٪". */
export function formatPercent(fraction: number, s: DisplaySettings = DEFAULT_DISPLAY): string {
  return numberFormat(s, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

const EASTERN = "٠١٢٣٤٥٦٧٨٩";

/** Western digits inside a ready-made string (a year in a label, "#12") written in the chosen digits. */
export function localizeDigits(text: string, s: DisplaySettings = DEFAULT_DISPLAY): string {
  return s.digits === "arab" ? text.replace(/[0-9]/g, (d) => EASTERN[Number(d)]!) : text;
}
