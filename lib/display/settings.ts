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
