// One URL per search view: the parameters written in a fixed order, defaults and empty values left out,
// so a shared link reopens the same results and the page can redirect anything else to it. Bad values
// are repaired (dropped, or the query cut to its maximum length) rather than refused: the page never errors.
import { DEFAULT_PAGE_SIZE, MAX_QUERY_LENGTH, parseSearchParams, type SearchParams } from "./search";

/** Display settings travel with any page (proxy.ts); they are kept as given, never repaired here. */
export const PASSTHROUGH_PARAMS = ["digits", "cal"] as const;

/** The canonical query string of a search (no leading "?"). */
export function searchQueryString(p: SearchParams): string {
  const out = new URLSearchParams();
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") out.set(k, String(v));
  };
  put("q", p.q);
  put("outlet", p.outlet);
  put("person", p.person);
  put("event", p.event);
  put("from", p.from);
  put("to", p.to);
  put("basis", p.basis);
  if (p.sort !== "relevance") put("sort", p.sort);
  if (p.page !== 1) put("page", p.page);
  if (p.pageSize !== DEFAULT_PAGE_SIZE) put("pageSize", p.pageSize);
  return out.toString();
}

export function searchHref(p: SearchParams): string {
  const qs = searchQueryString(p);
  return qs ? `/search?${qs}` : "/search";
}

/** The same search with some values changed; any change but the page goes back to page 1. */
export function searchHrefWith(p: SearchParams, change: Partial<SearchParams>): string {
  return searchHref({ ...p, page: 1, ...change });
}

export type CanonicalSearch = { ok: true; params: SearchParams } | { ok: false; redirectTo: string };

/**
 * The search of a URL, or where to redirect when the URL is not the canonical one (unknown, empty,
 * repeated or invalid parameters, defaults written out). Display parameters are carried along.
 */
export function canonicalSearch(input: URLSearchParams): CanonicalSearch {
  const params = repair(input);
  const keep = new URLSearchParams(searchQueryString(params));
  for (const k of PASSTHROUGH_PARAMS) for (const v of input.getAll(k)) keep.append(k, v);
  const canonical = keep.toString();
  if (canonical === input.toString()) return { ok: true, params };
  return { ok: false, redirectTo: canonical ? `/search?${canonical}` : "/search" };
}

function repair(input: URLSearchParams): SearchParams {
  const work = new URLSearchParams();
  for (const k of new Set(input.keys())) work.set(k, input.get(k)!); // a repeated parameter keeps its first value
  for (let round = 0; round < 4; round++) {
    const parsed = parseSearchParams(work);
    if (parsed.ok) return parsed.params;
    for (const e of parsed.errors) {
      if (e.param === "q") work.set("q", (work.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH));
      else work.delete(e.param);
    }
  }
  return { q: "", sort: "relevance", page: 1, pageSize: DEFAULT_PAGE_SIZE };
}
