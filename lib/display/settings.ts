// The reader's display settings: Western (0-9) or Eastern Arabic (٠-٩) digits, and whether the Hijri
// date is shown beside the Gregorian one. They live in the URL (?digits=arab&cal=hijri) so a shared
// link reopens the same view, and in a cookie so a reader's choice is remembered (proxy.ts).
export const DIGITS = ["latn", "arab"] as const;
export type Digits = (typeof DIGITS)[number];

export interface DisplaySettings {
  digits: Digits;
  /** Show the Umm al-Qura Hijri date beside the Gregorian one. */
  hijri: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = { digits: "latn", hijri: false };

/** The URL parameters that carry the settings. */
export const DISPLAY_PARAMS = ["digits", "cal"] as const;
export const DISPLAY_COOKIE = "display";

export interface DisplayParams {
  digits?: string | null;
  cal?: string | null;
}

/** Settings from URL parameters or the cookie; an unknown value falls back to `fallback` (never an error: a stale link must still open). */
export function parseDisplaySettings(params: DisplayParams, fallback: DisplaySettings = DEFAULT_DISPLAY): DisplaySettings {
  const digits = params.digits === "latn" || params.digits === "arab" ? params.digits : fallback.digits;
  const hijri = params.cal === "hijri" ? true : params.cal === "gregory" ? false : fallback.hijri;
  return { digits, hijri };
}

/** The settings as URL parameters, every one written out so a shared link does not depend on the receiver's cookie. */
export function displayParams(s: DisplaySettings): { digits: Digits; cal: "hijri" | "gregory" } {
  return { digits: s.digits, cal: s.hijri ? "hijri" : "gregory" };
}

/** Cookie value: "arab.hijri", "latn.gregory". */
export function encodeDisplayCookie(s: DisplaySettings): string {
  const p = displayParams(s);
  return `${p.digits}.${p.cal}`;
}

export function decodeDisplayCookie(value: string | null | undefined): DisplaySettings {
  const [digits, cal] = (value ?? "").split(".");
  return parseDisplaySettings({ digits, cal });
}

/** Request header in which proxy.ts passes the URL's settings on to layouts and components. */
export const DISPLAY_HEADER = "x-display-settings";

export const isDefaultDisplay = (s: DisplaySettings): boolean => s.digits === DEFAULT_DISPLAY.digits && s.hijri === DEFAULT_DISPLAY.hijri;

/**
 * The settings a URL states itself, valid values only, in canonical order (digits, then cal). Used by
 * canonical redirects: a link's explicit choice is kept (it overrides the receiver's cookie), a stale or
 * mistyped value is dropped rather than refused.
 */
export function explicitDisplayParams(params: { digits?: unknown; cal?: unknown }): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (params.digits === "latn" || params.digits === "arab") out.push(["digits", params.digits]);
  if (params.cal === "hijri" || params.cal === "gregory") out.push(["cal", params.cal]);
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
  for (const [k, v] of Object.entries(displayParams(s))) query.append(k, v);
  return `${path}?${query.toString()}${hash}`;
}
