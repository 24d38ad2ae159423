// Numbers as the reader chose to see them (lib/display/settings.ts). Every count, page number and
// percentage in the UI goes through here so numerals never mix on one screen.
import { DEFAULT_DISPLAY, type DisplaySettings } from "./settings";

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(s: DisplaySettings, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${s.digits}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(`ar-u-nu-${s.digits}`, options)));
  return f;
}

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
