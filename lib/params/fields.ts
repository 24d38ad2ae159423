// The shared field schemas: one builder per kind of URL parameter, each a zod schema over the cleaned
// value plus what the toolkit needs around it (the value when absent, the issue code and message detail
// when it fails, how a page repairs a bad value, how the value is written back into a canonical URL).
import { z } from "zod";
import { isRealDate } from "./dates";
import type { IssueCode, MessageDetail } from "./messages";

export interface Field<T> {
  /** Parses one cleaned, non-empty value; a list field's `item` parses each of its values. */
  readonly schema: z.ZodType<T>;
  /** A list field: the parameter may repeat, each value parsed by `item`, the whole by `schema` (an array). */
  readonly item?: z.ZodType<unknown>;
  /** The value when the parameter is absent or empty. */
  readonly absent: T;
  /** The issue reported when the schema fails (unless the schema names a code of its own). */
  readonly code: IssueCode;
  readonly detail: MessageDetail;
  /** How a page repairs a bad value: a value to try instead, or undefined to drop it. */
  readonly repair?: (value: string) => string | undefined;
  /** The value as written in a canonical URL; nothing for the absent value. */
  readonly write: (value: T) => string[];
}

const one = (v: unknown): string[] => (v === undefined ? [] : [String(v)]);

function optional<T>(schema: z.ZodType<T>, code: IssueCode, detail: MessageDetail = {}, repair?: Field<T>["repair"]): Field<T | undefined> {
  return { schema, absent: undefined, code, detail, repair, write: one };
}

/** The same field with a value when absent; that value is left out of canonical URLs. */
export function withDefault<T>(field: Field<T | undefined>, value: T): Field<T> {
  return { ...field, schema: field.schema as z.ZodType<T>, absent: value, write: (v) => (v === value ? [] : field.write(v)) };
}

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** A gazetteer id (person, outlet): lower-case words joined by - or _. */
export const idParam = (max = 80) => optional(z.string().max(max).regex(ID), "BAD_ID");

/** An event's slug (same alphabet as ids, longer). */
export const slugParam = () => idParam(120);

/** A day (YYYY-MM-DD) or a month (YYYY-MM) of the calendar. */
export const dateParam = () => optional(z.string().refine(isRealDate), "BAD_DATE");

/** Free text up to `max` characters; a page cuts a longer one rather than dropping it (never inside a surrogate pair). */
export const textParam = (max: number, label?: string) =>
  optional(
    z.string().max(max),
    "TOO_LONG",
    { max, label },
    (v) =>
      v
        .slice(0, max)
        .replace(/[\uD800-\uDBFF]$/, "")
        .trim() || undefined,
  );

/** One of a fixed set of values (an enumeration from lib/enums, a sort order). */
export const oneOf = <const V extends readonly [string, ...string[]]>(values: V, label: string) => optional(z.enum(values), "BAD_VALUE", { values, label });

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .refine((n) => n >= min && n <= max);

/** An article's id (a PostgreSQL integer). */
export const articleIdParam = () => optional(wholeNumber(1, 2 ** 31 - 1), "BAD_ID");

/** The 1-based page of a paged list; 1 when absent. */
export const pageParam = (max: number) => withDefault(optional(wholeNumber(1, max), "BAD_NUMBER", { label: "رقم الصفحة", min: 1, max }), 1);

/** How many results a page holds. */
export const pageSizeParam = (max: number, value: number) => withDefault(optional(wholeNumber(1, max), "BAD_NUMBER", { label: "حجم الصفحة", min: 1, max }), value);

/** A parameter that may repeat (?participant=a&participant=b): its distinct values, sorted, so one set has one URL. */
export function listOf(field: Field<string | undefined>): Field<string[]> {
  const item = field.schema as z.ZodType<string>;
  return {
    schema: z.array(item).transform((xs) => [...new Set(xs)].sort()),
    item,
    absent: [],
    code: field.code,
    detail: field.detail,
    write: (xs) => xs,
  };
}

/** Positive whole numbers in one value, separated by commas (also the Arabic comma) or spaces: distinct, in order, at most `max`. */
export function idListParam(max: number, label: string): Field<number[]> {
  const split = (s: string) => s.split(/[,،\s]+/).filter(Boolean);
  const ids = z
    .string()
    .transform(split)
    .pipe(z.array(wholeNumber(1, 2 ** 31 - 1)))
    .transform((xs) => [...new Set(xs)])
    .refine((xs) => xs.length <= max, "TOO_MANY");
  return {
    schema: ids,
    absent: [],
    code: "BAD_ID_LIST",
    detail: { label, max },
    // Too many ids keeps the first `max` distinct ones; anything unreadable is dropped.
    repair: (v) => {
      const parsed = ids.safeParse(v);
      if (parsed.success) return v;
      const all = z.array(wholeNumber(1, 2 ** 31 - 1)).safeParse(split(v));
      return all.success ? [...new Set(all.data)].slice(0, max).join(",") : undefined;
    },
    write: (xs) => (xs.length ? [xs.join(",")] : []),
  };
}

/** A sentence of a comparison: `${articleId}-${index}`, written without leading zeros. */
export const sentenceParam = () =>
  optional(
    z
      .string()
      .regex(/^\d{1,9}-\d{1,5}$/)
      .transform((s) => s.split("-").map(Number).join("-")),
    "BAD_SENTENCE",
  );
