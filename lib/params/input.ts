// URL parameters as they arrive: a URLSearchParams (route handlers, proxy) or Next's searchParams record
// (pages), read into one list of [key, value] pairs; and the cleaning every value gets before any check.

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every [key, value] pair, in order; a record's arrays become repeated keys. */
export function paramEntries(input: SearchParamsInput): Array<[string, string]> {
  if (input instanceof URLSearchParams) return [...input.entries()];
  return Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
}

/** The input as URLSearchParams (a record keeps its key order, repeated values together). */
export const toURLSearchParams = (input: SearchParamsInput): URLSearchParams => (input instanceof URLSearchParams ? input : new URLSearchParams(paramEntries(input)));

// Invisible and control characters: bidi controls, zero-width marks, soft hyphen, C0/C1 controls.
// They make two links that look the same differ, and can smuggle text past a reader's eye.
const ODD = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

/** Strips invisible and control characters, collapses white space, trims. */
export function cleanParam(value: string): string {
  return value.replace(ODD, "").replace(/\s+/g, " ").trim();
}
