// Bulk values travel inside the statement as typed-array constants (`$v${...}$v$::text[]`), not as bound
// parameters. Prisma serialises every raw-query parameter to JSON and parses it back before the driver
// sees it; for a batch of articles (megabytes of Arabic text) that cost more than PostgreSQL's own work
// (README, "Loading through Prisma"). A constant costs what the pg driver's own array encoding costs.
import { Prisma } from "../../generated/prisma/client";

/** A value of one array element: null becomes SQL NULL; a Date is a UTC timestamp; a string[] is a nested text[] literal. */
export type ElementValue = string | number | boolean | Date | string[] | null | undefined;

/** `values` as a constant of PostgreSQL type `type`, e.g. `$v${"a","b \\"c\\""}$v$::text[]`. */
export function arrayConstant(values: ElementValue[], type: string): Prisma.Sql {
  return Prisma.raw(`${quoteLiteral(arrayLiteral(values))}::${type}`);
}

/** The text form of a one-dimensional array, every element quoted (array_in accepts that for any type). */
export function arrayLiteral(values: ElementValue[]): string {
  return `{${values.map(element).join(",")}}`;
}

/**
 * A string constant whose value is exactly `text`: dollar-quoted, so nothing in it is escaped or
 * interpreted (whatever standard_conforming_strings says). PostgreSQL ends the constant at the first
 * `$tag$` it meets in text + closing tag, so the tag is one that does not occur in `text` and that
 * `text` does not end with the start of (`…$v` + `$v$` would close early); tags never contain `$`.
 */
export function quoteLiteral(text: string): string {
  let tag = "$v$";
  for (let n = 0; text.includes(tag) || text.endsWith(tag.slice(0, -1)); n++) tag = `$v${n}$`;
  return `${tag}${text}${tag}`;
}

function element(v: ElementValue): string {
  if (v === null || v === undefined) return "NULL";
  if (Array.isArray(v)) return quoted(arrayLiteral(v));
  if (v instanceof Date) return quoted(utcTimestamp(v));
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`Not a finite number: ${v}`);
  return quoted(String(v));
}

// One pass: a backslash or double quote gets a backslash before it.
const quoted = (s: string) => `"${s.replace(/[\\"]/g, "\\$&")}"`;

/** Prisma stores DateTime as UTC in `timestamp(3)` columns: the same here. */
const utcTimestamp = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");
