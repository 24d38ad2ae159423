// The search's views as they travel in a URL: /api/search (strict: a bad or unknown parameter is a 400)
// and the /search page (repaired and redirected to its canonical URL; it also takes ?articles= from the
// header box on a comparison). Read and written by the toolkit (lib/params/view.ts). Pure.
import { DATE_BASES, type DateBasis } from "../enums/date-basis";
import { endOf, inOrder, startOf } from "./dates";
import { dateParam, idListParam, idParam, oneOf, pageParam, pageSizeParam, slugParam, textParam, withDefault } from "./fields";
import { defineView, parseParams, type ParamResult } from "./view";
import type { SearchParamsInput } from "./input";

/** The longest search text; lib/search/query.ts cuts a longer one there. */
export const MAX_QUERY_LENGTH = 200;
export const SEARCH_SORTS = ["relevance", "date"] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE = 500;
/** The comparison a search may start from (?articles=, turned into its event by the page). */
export const MAX_CONTEXT_ARTICLES = 3;

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

const fields = {
  q: withDefault(textParam(MAX_QUERY_LENGTH, "نص البحث"), ""),
  outlet: idParam(),
  person: idParam(),
  event: slugParam(),
  from: dateParam(),
  to: dateParam(),
  basis: oneOf(DATE_BASES, "أساس التاريخ"),
  sort: withDefault(oneOf(SEARCH_SORTS, "الترتيب"), "relevance"),
  page: pageParam(MAX_PAGE),
  pageSize: pageSizeParam(MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
};

const dateOrder = { param: "to", code: "DATE_RANGE" as const, holds: (v: { from?: string; to?: string }) => inOrder(v.from, v.to) };

/** Drops the parameters left unset, so a value compares and prints without `undefined`s. */
const defined = <T extends object>(v: T): T => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as T;

/** /api/search. */
export const searchView = defineView(fields, { checks: [dateOrder], read: (v): SearchParams => defined(v) });

/** /search: the same, and the comparison it may start from. */
export const searchPageView = defineView(
  { ...fields, articles: idListParam(MAX_CONTEXT_ARTICLES, "عدد المقالات") },
  {
    checks: [dateOrder],
    read: ({ articles, ...v }) => ({ params: defined(v) as SearchParams, articles }),
    unread: ({ params, articles }: { params: SearchParams; articles: number[] }) => ({ ...params, articles }),
  },
);

/** The longest text search-as-you-type looks up (/api/search/suggest). */
export const MAX_SUGGEST_LENGTH = 60;

/** /api/search/suggest. */
export const suggestView = defineView({ q: withDefault(textParam(MAX_SUGGEST_LENGTH, "نص الاقتراح"), "") });

/** The search of a URL, or the issues that make it unreadable (unknown parameters included). */
export const parseSearchParams = (input: SearchParamsInput): ParamResult<SearchParams> => parseParams(searchView, input);

/** The filters other than the query are set (a search may then run without words). */
export const hasFilter = (p: SearchParams) => Boolean(p.outlet || p.person || p.event || p.from || p.to || p.basis);

/** Inclusive day bounds of the date filters (a month widens to its first and last day). */
export const dateBounds = (p: SearchParams) => ({ from: p.from ? startOf(p.from) : null, to: p.to ? endOf(p.to) : null });
