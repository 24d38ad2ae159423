// One way to read URL parameters, for every page and route: a view names its fields (lib/params/fields.ts)
// and the rules between them; `parseParams` gives its value or the issues (APIs answer 400 with them),
// `canonicalParams` repairs what it can and says what it dropped (pages redirect to that canonical URL),
// `writeParams` writes a value back in the one canonical form (fixed order, defaults left out).
import { z } from "zod";
import { DISPLAY_PARAMS, explicitDisplayParams } from "../display/settings";
import type { Field } from "./fields";
import { cleanParam, paramEntries, type SearchParamsInput } from "./input";
import { isIssueCode, messageOf, type IssueCode } from "./messages";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a view holds fields of any value type
export type Fields = Record<string, Field<any>>;

type FieldType<X> = X extends Field<infer T> ? T : never;
/** The value of a view's fields, one property per parameter (optional where the field may be absent). */
export type FieldValues<F extends Fields> = { [K in keyof F as undefined extends FieldType<F[K]> ? never : K]: FieldType<F[K]> } & {
  [K in keyof F as undefined extends FieldType<F[K]> ? K : never]?: FieldType<F[K]>;
};

export interface ParamIssue {
  /** The parameter as named in the URL. */
  param: string;
  code: IssueCode;
  /** For readers, in Arabic (lib/params/messages.ts). */
  message: string;
}

export type ParamResult<T> = { ok: true; value: T } | { ok: false; issues: ParamIssue[] };

/** A rule between fields: when it does not hold, `param` is reported (and dropped by a page). */
export interface Check<V> {
  param: string;
  code: IssueCode;
  holds: (value: V) => boolean;
}

export interface View<F extends Fields, T> {
  readonly fields: F;
  readonly checks: ReadonlyArray<Check<FieldValues<F>>>;
  /** The view's value from its fields' values, and back (identity unless the view says otherwise). */
  readonly read: (values: FieldValues<F>) => T;
  readonly unread: (value: T) => FieldValues<F>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any view, whatever its fields and value
export type AnyView = View<any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- only the value type is inferred
export type ValueOf<V> = V extends View<any, infer T> ? T : never;

export function defineView<F extends Fields, T = FieldValues<F>>(
  fields: F,
  options: { checks?: Array<Check<FieldValues<F>>>; read?: (values: FieldValues<F>) => T; unread?: (value: T) => FieldValues<F> } = {},
): View<F, T> {
  const same = (x: unknown) => x;
  return { fields, checks: options.checks ?? [], read: (options.read ?? same) as View<F, T>["read"], unread: (options.unread ?? same) as View<F, T>["unread"] };
}

/** Parameters every view accepts and no view reads: the display settings, which proxy.ts handles. */
export const GLOBAL_PARAMS: readonly string[] = DISPLAY_PARAMS;

export function issueOf(view: AnyView, param: string, code: IssueCode): ParamIssue {
  return { param, code, message: messageOf(code, (view.fields[param] as Field<unknown> | undefined)?.detail) };
}

/**
 * One value of a path segment (/articles/[id], /events/[slug]) read by a field, or undefined. Not
 * cleaned: a path names one thing, and a path that differs by an invisible character names none.
 */
export function readParam<T>(field: Field<T>, raw: string): T | undefined {
  const parsed = field.schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Cleaned, non-empty values per parameter, and the parameters the view does not know. */
function collect(view: AnyView, input: SearchParamsInput): { values: Map<string, string[]>; unknown: string[] } {
  const values = new Map<string, string[]>();
  const unknown = new Set<string>();
  for (const [key, raw] of paramEntries(input)) {
    if (!Object.hasOwn(view.fields, key)) {
      if (!GLOBAL_PARAMS.includes(key)) unknown.add(key);
      continue;
    }
    const value = cleanParam(raw);
    if (value !== "") values.set(key, [...(values.get(key) ?? []), value]);
  }
  return { values, unknown: [...unknown] };
}

/** A failed field's issue: the code its schema named, else the field's own. */
function failure(view: AnyView, param: string, field: Field<unknown>, error: z.ZodError): ParamIssue {
  const named = error.issues.map((i) => i.message).find(isIssueCode);
  return issueOf(view, param, named ?? field.code);
}

const parseField = (field: Field<unknown>, values: string[]) => field.schema.safeParse(field.item ? values : values[0]);

/**
 * The view's value, or every issue: unknown parameters (unless `unknown: "ignore"`), repeated
 * single-valued ones, values their field refuses, then the rules between fields. Never throws.
 */
export function parseParams<V extends AnyView>(view: V, input: SearchParamsInput, options: { unknown?: "error" | "ignore" } = {}): ParamResult<ValueOf<V>> {
  const { values, unknown } = collect(view, input);
  const issues = options.unknown === "ignore" ? [] : unknown.map((param) => issueOf(view, param, "UNKNOWN"));
  const out: Record<string, unknown> = {};
  for (const [param, field] of Object.entries(view.fields) as Array<[string, Field<unknown>]>) {
    const given = values.get(param);
    if (!given) out[param] = field.absent;
    else if (!field.item && given.length > 1) issues.push(issueOf(view, param, "REPEATED"));
    else {
      const parsed = parseField(field, given);
      if (parsed.success) out[param] = parsed.data;
      else issues.push(failure(view, param, field, parsed.error));
    }
  }
  const fieldValues = out as FieldValues<Fields>;
  if (issues.length === 0) for (const check of view.checks) if (!check.holds(fieldValues)) issues.push(issueOf(view, check.param, check.code));
  return issues.length ? { ok: false, issues } : { ok: true, value: view.read(fieldValues) };
}

/**
 * What a page shows for any URL: unknown parameters dropped, a repeated one read from its first value,
 * a bad value repaired (text cut to length, too many ids cut to the first) or dropped, and a rule that
 * fails dropping the parameter it names. `issues` says what was changed (for the reader's notice).
 */
export function canonicalParams<V extends AnyView>(view: V, input: SearchParamsInput): { value: ValueOf<V>; issues: ParamIssue[] } {
  const { values, unknown } = collect(view, input);
  const issues = unknown.map((param) => issueOf(view, param, "UNKNOWN"));
  const out: Record<string, unknown> = {};
  for (const [param, field] of Object.entries(view.fields) as Array<[string, Field<unknown>]>) {
    let given = values.get(param);
    out[param] = field.absent;
    if (!given) continue;
    if (!field.item && given.length > 1) {
      issues.push(issueOf(view, param, "REPEATED"));
      given = given.slice(0, 1);
    }
    const parsed = parseField(field, given);
    if (parsed.success) {
      out[param] = parsed.data;
      continue;
    }
    issues.push(failure(view, param, field, parsed.error));
    const repaired = field.item ? given.filter((v) => field.item!.safeParse(v).success) : [field.repair?.(given[0]!)].filter((v) => v !== undefined);
    const again = repaired.length ? parseField(field, repaired) : undefined;
    if (again?.success) out[param] = again.data;
  }
  const fieldValues = out as FieldValues<Fields>;
  for (const check of view.checks) {
    if (check.holds(fieldValues)) continue;
    issues.push(issueOf(view, check.param, check.code));
    out[check.param] = (view.fields[check.param] as Field<unknown>).absent;
  }
  return { value: view.read(fieldValues), issues };
}

/** A path with its query (none when empty); commas stay readable (?articles=1,2): a query needs no escaping for them. */
export function hrefWith(path: string, query: URLSearchParams | string): string {
  const qs = query.toString().replace(/%2C/gi, ",");
  return qs ? `${path}?${qs}` : path;
}

/** The canonical query of a value: the view's fields in their declared order, absent and default values left out. */
export function writeParams<V extends AnyView>(view: V, value: ValueOf<V>): URLSearchParams {
  const values = view.unread(value) as Record<string, unknown>;
  const out = new URLSearchParams();
  for (const [param, field] of Object.entries(view.fields) as Array<[string, Field<unknown>]>) {
    for (const v of values[param] === undefined ? [] : field.write(values[param])) out.append(param, v);
  }
  return out;
}

/**
 * The canonical query a page redirects to: the repaired value, then the URL's own display settings
 * (valid values only, so a link keeps its digits and calendar), with what was changed.
 */
export function canonicalQuery<V extends AnyView>(view: V, input: SearchParamsInput): { value: ValueOf<V>; query: string; issues: ParamIssue[] } {
  const { value, issues } = canonicalParams(view, input);
  const query = writeParams(view, value);
  const single = (key: string) => {
    const given = paramEntries(input).filter(([k]) => k === key);
    return given.length === 1 ? given[0]![1] : undefined;
  };
  for (const [k, v] of explicitDisplayParams({ digits: single("digits"), cal: single("cal") })) query.set(k, v);
  return { value, query: query.toString(), issues };
}
