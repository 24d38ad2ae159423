import "server-only";
// Pages read their URL parameters one way: what the view can read, after a redirect (307) to the
// canonical URL whenever the address differs from it (unknown parameters dropped, repeats and bad
// values repaired or dropped, defaults left out, fixed order). proxy.ts remembers what was dropped for
// the notice the page then shows (paramNotice).
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { toURLSearchParams, type SearchParamsInput } from "../params/input";
import { decodeNotice, NOTICE_HEADER } from "../params/notice";
import { PAGE_VIEWS, type PageName } from "../params/pages";
import type { Field } from "../params/fields";
import { canonicalQuery, hrefWith, readParam, type ParamIssue, type ValueOf } from "../params/view";

type PageValue<P extends PageName> = ValueOf<(typeof PAGE_VIEWS)[P]["view"]>;

/** The page's value from its searchParams, or a redirect to its canonical URL. */
export function pageParams<P extends PageName>(page: P, raw: SearchParamsInput): PageValue<P> {
  const { path, view } = PAGE_VIEWS[page];
  const { value, query } = canonicalQuery(view, raw);
  if (query !== toURLSearchParams(raw).toString()) redirect(hrefWith(path, query));
  return value as PageValue<P>;
}

/** What the canonical redirect that led here dropped (none on an ordinary visit). */
export async function paramNotice(page: PageName): Promise<ParamIssue[]> {
  return decodeNotice((await headers()).get(NOTICE_HEADER), page);
}

/** What a path segment names (/articles/[id], /events/[slug]), or the Arabic 404 page for a malformed segment or an unknown thing. */
export async function pathTarget<T, R>(field: Field<T | undefined>, raw: string, load: (value: T) => Promise<R | null>): Promise<R> {
  const value = readParam(field, raw);
  const found = value === undefined ? null : await load(value);
  if (!found) notFound();
  return found;
}
