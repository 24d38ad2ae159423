// One URL per search view: the parameters written in a fixed order, defaults and empty values left out,
// so a shared link reopens the same results (the page redirects anything else to it: app/search/page.tsx).
import { DEFAULT_PAGE_SIZE, searchPageView, type SearchParams } from "./search";
import { hrefWith, writeParams } from "./view";

export const emptySearch = (): SearchParams => ({ q: "", sort: "relevance", page: 1, pageSize: DEFAULT_PAGE_SIZE });

/** The canonical query string of a search (no leading "?"). */
export const searchQueryString = (p: SearchParams): string => writeParams(searchPageView, { params: p, articles: [] }).toString();

export function searchHref(p: SearchParams): string {
  return hrefWith("/search", searchQueryString(p));
}

/** The same search with some values changed; any change but the page goes back to page 1. */
export function searchHrefWith(p: SearchParams, change: Partial<SearchParams>): string {
  return searchHref({ ...p, page: 1, ...change });
}
