// Month and weekday tables compiled once into regex alternations over foldCharwise'd text, plus lookups back.
import { foldCharwise } from "./normalize";
import { HIJRI_MONTH_NAMES, MONTH_NAMES, ORDINAL_DAYS } from "./months";
import { WEEKDAY_NAMES } from "./weekdays";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const key = (s: string) => foldCharwise(s).replace(/\s+/g, " ").trim();

function compile(table: ReadonlyArray<readonly [number, readonly string[]]>) {
  const lookup = new Map<string, number>();
  for (const [value, names] of table) for (const name of names) lookup.set(key(name), value);
  // Longest first, so "مايو" wins over "ماي" and "تشرين الثاني" is read whole.
  const alternationOf = (names: string[]) =>
    names
      .sort((a, b) => b.length - a.length)
      .map((n) => escape(n).replace(/ /g, "\\s+"))
      .join("|");
  const names = [...lookup.keys()];
  // Running Arabic text is scanned with the Arabic names only: the alternation is several times faster.
  return { lookup, alternation: alternationOf(names), arabic: alternationOf(names.filter((n) => !/[a-z]/.test(n))) };
}

const months = compile(MONTH_NAMES);
const weekdays = compile(WEEKDAY_NAMES);
const hijri = compile([[0, HIJRI_MONTH_NAMES]]);
const ordinals = compile(ORDINAL_DAYS.map(([day, name]) => [day, [name]] as const));

/** Regex source (no groups) matching any month name in folded text. */
export const MONTH_ALT = months.alternation;
/** Regex source (no groups) matching any weekday name in folded text. */
export const WEEKDAY_ALT = weekdays.alternation;
/** The Arabic month and weekday names only, for scanning running Arabic text. */
export const MONTH_AR_ALT = months.arabic;
export const WEEKDAY_AR_ALT = weekdays.arabic;
/** Regex source (no groups) matching any Hijri month name in folded text. */
export const HIJRI_MONTH_ALT = hijri.alternation;
/** Regex source (no groups) matching a day written as an ordinal word ("الثالث", "الحادي والعشرين"). */
export const ORDINAL_DAY_ALT = ordinals.alternation;

export function monthOf(name: string): number | null {
  return months.lookup.get(key(name)) ?? null;
}

export function weekdayOf(name: string): number | null {
  return weekdays.lookup.get(key(name)) ?? null;
}

export function ordinalDayOf(name: string): number | null {
  return ordinals.lookup.get(key(name)) ?? null;
}
