// The reader's display settings: Western (0-9) or Eastern Arabic (٠-٩) digits, whether the Hijri
// date is shown beside the Gregorian one, and which names the Gregorian months go by (يناير in Egypt and
// the Gulf, كانون الثاني in the Levant and Iraq, جانفي in the Maghreb). They live in the URL
// (?digits=arab&cal=hijri&months=levant) so a shared link reopens the same view, and in a cookie so a
// reader's choice is remembered (proxy.ts).
export const DIGITS = ["latn", "arab"] as const;
export type Digits = (typeof DIGITS)[number];

/** Month names by region; the names themselves come from the platform's CLDR data (lib/display/dates.ts). */
export const MONTH_STYLES = ["egypt", "levant", "maghreb"] as const;
export type MonthStyle = (typeof MONTH_STYLES)[number];
export const DEFAULT_MONTH_STYLE: MonthStyle = "egypt";

export interface DisplaySettings {
  digits: Digits;
  /** Show the Umm al-Qura Hijri date beside the Gregorian one. */
  hijri: boolean;
  /** Absent means the default (Egyptian/Gulf names): settings written before the choice existed stay valid. */
  months?: MonthStyle;
}

export const DEFAULT_DISPLAY: DisplaySettings = { digits: "latn", hijri: false };

/** The URL parameters that carry the settings. */
export const DISPLAY_PARAMS = ["digits", "cal", "months"] as const;
export const DISPLAY_COOKIE = "display";

export interface DisplayParams {
  digits?: string | null;
  cal?: string | null;
  months?: string | null;
}

const isMonthStyle = (v: unknown): v is MonthStyle => typeof v === "string" && (MONTH_STYLES as readonly string[]).includes(v);

/** The month style of some settings, the default when they name none. */
export const monthStyleOf = (s: DisplaySettings): MonthStyle => s.months ?? DEFAULT_MONTH_STYLE;

/** Settings with `months` present only when it is not the default, so equal settings compare equal. */
function settings(digits: Digits, hijri: boolean, months: MonthStyle): DisplaySettings {
  return months === DEFAULT_MONTH_STYLE ? { digits, hijri } : { digits, hijri, months };
}

/** Settings from URL parameters or the cookie; an unknown value falls back to `fallback` (never an error: a stale link must still open). */
export function parseDisplaySettings(params: DisplayParams, fallback: DisplaySettings = DEFAULT_DISPLAY): DisplaySettings {
  const digits = params.digits === "latn" || params.digits === "arab" ? params.digits : fallback.digits;
  const hijri = params.cal === "hijri" ? true : params.cal === "gregory" ? false : fallback.hijri;
  return settings(digits, hijri, isMonthStyle(params.months) ? params.months : monthStyleOf(fallback));
}

/**
 * The settings as URL parameters: digits and calendar always written out, so a shared link does not depend
 * on the receiver's cookie; the month names only when they are not the default (links written before the
 * choice existed keep their exact form, and month names are a reader's habit more than part of a view).
 */
export function displayParams(s: DisplaySettings): { digits: Digits; cal: "hijri" | "gregory"; months?: MonthStyle } {
  const p = { digits: s.digits, cal: s.hijri ? ("hijri" as const) : ("gregory" as const) };
  return monthStyleOf(s) === DEFAULT_MONTH_STYLE ? p : { ...p, months: monthStyleOf(s) };
}

/** Cookie value: "arab.hijri", "latn.gregory", "latn.gregory.levant". */
export function encodeDisplayCookie(s: DisplaySettings): string {
  const p = displayParams(s);
  return [p.digits, p.cal, p.months].filter(Boolean).join(".");
}

export function decodeDisplayCookie(value: string | null | undefined): DisplaySettings {
  const [digits, cal, months] = (value ?? "").split(".");
  return parseDisplaySettings({ digits, cal, months });
}

/** Request header in which proxy.ts passes the URL's settings on to layouts and components. */
export const DISPLAY_HEADER = "x-display-settings";

export const isDefaultDisplay = (s: DisplaySettings): boolean =>
  s.digits === DEFAULT_DISPLAY.digits && s.hijri === DEFAULT_DISPLAY.hijri && monthStyleOf(s) === DEFAULT_MONTH_STYLE;

/**
 * The settings a URL states itself, valid values only, in canonical order (digits, then cal). Used by
 * canonical redirects: a link's explicit choice is kept (it overrides the receiver's cookie), a stale or
 * mistyped value is dropped rather than refused.
 */
export function explicitDisplayParams(params: { digits?: unknown; cal?: unknown; months?: unknown }): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (params.digits === "latn" || params.digits === "arab") out.push(["digits", params.digits]);
  if (params.cal === "hijri" || params.cal === "gregory") out.push(["cal", params.cal]);
  // The default month names are never written (displayParams): a link stating them is written without.
  if (isMonthStyle(params.months) && params.months !== DEFAULT_MONTH_STYLE) out.push(["months", params.months]);
  return out;
}

/**
 * `href` with the reader's settings written into its query (before any #fragment), so the address bar
 * — and any link copied from it — carries the view's settings. Default settings add nothing: links stay
 * short for most readers, and a receiver without a cookie sees the default anyway. Relative and absolute
 * hrefs both work; digits/cal already in `href` are replaced, other parameters keep their order.
 */
export function withDisplayParams(href: string, s: DisplaySettings): string {
  if (isDefaultDisplay(s)) return href;
  const hashAt = href.indexOf("#");
  const hash = hashAt >= 0 ? href.slice(hashAt) : "";
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = beforeHash.indexOf("?");
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const query = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : "");
  for (const p of DISPLAY_PARAMS) query.delete(p);
  for (const [k, v] of Object.entries(displayParams(s))) if (v) query.append(k, v);
  return `${path}?${query.toString()}${hash}`;
}
