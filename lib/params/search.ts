// The search parameters as they travel in a URL (/search and /api/search): validated with zod into one
// typed object. Pure: no React, no Next.js. Bad values are reported per parameter, in Arabic and English.
import { z } from "zod";
import { DATE_BASES, type DateBasis } from "../enums/date-basis";
import { cleanParam, endOf, startOf } from "./timeline";

/** The longest search text; lib/search/query.ts cuts a longer one there. */
export const MAX_QUERY_LENGTH = 200;
export const SEARCH_SORTS = ["relevance", "date"] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE = 500;

export interface SearchParams {
  /** The analyst's query (syntax: lib/search/query.ts); may be empty when a filter is set. */
  q: string;
  outlet?: string;
  /** Person id (data/people.json). */
  person?: string;
  /** Event slug. */
  event?: string;
  /** YYYY-MM-DD or YYYY-MM, inclusive; a month means its first (from) or last (to) day. */
  from?: string;
  to?: string;
  basis?: DateBasis;
  sort: (typeof SEARCH_SORTS)[number];
  page: number;
  pageSize: number;
}

export interface SearchParamError {
  param: string;
  message: string;
  messageEn: string;
}

const MESSAGES = {
  REPEATED: ["هذا المعامل لا يقبل إلا قيمة واحدة.", "This parameter takes a single value."],
  TOO_LONG: [`نص البحث أطول من ${MAX_QUERY_LENGTH} حرف.`, `The search text is longer than ${MAX_QUERY_LENGTH} characters.`],
  BAD_ID: ["المعرّف غير صالح.", "Not a valid id."],
  BAD_DATE: ["التاريخ غير صالح؛ اكتبه بالصيغة YYYY-MM-DD أو YYYY-MM.", "Not a valid date; write YYYY-MM-DD or YYYY-MM."],
  RANGE: ["تاريخ البداية بعد تاريخ النهاية.", "The start date is after the end date."],
  BAD_BASIS: ["أساس التاريخ إما explicit أو url أو inferred أو editorial أو unknown.", "Date basis is explicit, url, inferred, editorial or unknown."],
  BAD_SORT: ["الترتيب إما relevance أو date.", "Sort is either relevance or date."],
  BAD_PAGE: [`رقم الصفحة عدد صحيح من 1 إلى ${MAX_PAGE}.`, `The page is a whole number from 1 to ${MAX_PAGE}.`],
  BAD_PAGE_SIZE: [`حجم الصفحة عدد صحيح من 1 إلى ${MAX_PAGE_SIZE}.`, `The page size is a whole number from 1 to ${MAX_PAGE_SIZE}.`],
  UNKNOWN: ["معامل غير معروف.", "Unknown parameter."],
} as const;
type Code = keyof typeof MESSAGES;

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
function realDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const id = z.string().max(80).regex(ID, "BAD_ID");
const date = z.string().refine(realDate, "BAD_DATE");
const int = (code: Code, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, code)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, code);

const Schema = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, "TOO_LONG").default(""),
    outlet: id.optional(),
    person: id.optional(),
    event: z.string().max(120).regex(ID, "BAD_ID").optional(),
    from: date.optional(),
    to: date.optional(),
    basis: z.enum(DATE_BASES, "BAD_BASIS").optional(),
    sort: z.enum(SEARCH_SORTS, "BAD_SORT").default("relevance"),
    page: int("BAD_PAGE", MAX_PAGE).default(1),
    pageSize: int("BAD_PAGE_SIZE", MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  })
  .refine((f) => !f.from || !f.to || startOf(f.from) <= endOf(f.to), { message: "RANGE", path: ["to"] });

const KNOWN = new Set(["q", "outlet", "person", "event", "from", "to", "basis", "sort", "page", "pageSize"]);

export type SearchParamsResult = { ok: true; params: SearchParams } | { ok: false; errors: SearchParamError[] };

const errorOf = (param: string, code: Code): SearchParamError => ({ param, message: MESSAGES[code][0], messageEn: MESSAGES[code][1] });

/**
 * Parses URL search parameters. Empty values count as absent; unknown parameters are ignored by the page
 * but reported by the API (`strict`), so a typo like `outlets=` is not silently dropped there.
 */
export function parseSearchParams(input: URLSearchParams, opts: { strict?: boolean } = {}): SearchParamsResult {
  const errors: SearchParamError[] = [];
  const values: Record<string, string> = {};
  for (const key of new Set(input.keys())) {
    if (!KNOWN.has(key)) {
      if (opts.strict) errors.push(errorOf(key, "UNKNOWN"));
      continue;
    }
    const all = input.getAll(key);
    if (all.length > 1) errors.push(errorOf(key, "REPEATED"));
    // The query keeps its length check on the raw text; the other values are cleaned of invisible characters.
    const v = key === "q" ? all[0]!.trim() : cleanParam(all[0]!);
    if (v !== "") values[key] = v;
  }
  const parsed = Schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const param = String(issue.path[0] ?? "q");
      const code = (issue.message in MESSAGES ? issue.message : "BAD_ID") as Code;
      errors.push(errorOf(param, code));
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, params: parsed.data };
}

/** The filters other than the query are set (a search may then run without words). */
export const hasFilter = (p: SearchParams) => Boolean(p.outlet || p.person || p.event || p.from || p.to || p.basis);

/** Inclusive day bounds of the date filters (a month widens to its first and last day). */
export const dateBounds = (p: SearchParams) => ({ from: p.from ? startOf(p.from) : null, to: p.to ? endOf(p.to) : null });
