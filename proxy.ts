// Runs before every page. It refuses a server action posted from another origin (403) and a search page
// over the client's search budget (429), lib/web/page-guards.ts; it gives each page response its
// Content-Security-Policy with a fresh nonce (Next.js reads the nonce from the request's CSP header and
// puts it on its own scripts), passes the URL's display settings (?digits=, ?cal=) on to the whole
// render, remembering them in a cookie, and sends a page whose address is not canonical to its canonical
// URL (lib/params), telling that page's render what was dropped so the reader sees why (lib/params/notice.ts).
import { NextResponse, type NextRequest } from "next/server";
import {
  DISPLAY_COOKIE,
  DISPLAY_HEADER,
  DISPLAY_PARAMS,
  DEFAULT_MONTH_STYLE,
  displayParams,
  monthStyleOf,
  encodeDisplayCookie,
  parseDisplaySettings,
  decodeDisplayCookie,
} from "./lib/display/settings";
import { encodeNotice, NOTICE_COOKIE, NOTICE_HEADER, noticePage } from "./lib/params/notice";
import { PAGE_VIEWS, pageAt } from "./lib/params/pages";
import { canonicalQuery, hrefWith } from "./lib/params/view";
import { pageRefusal } from "./lib/web/page-guards";
import { newNonce, pageCsp } from "./lib/web/security-headers.mjs";

const YEAR = 60 * 60 * 24 * 365;
/** Long enough to follow a redirect, short enough that a stale notice never meets a later visit. */
const NOTICE_SECONDS = 60;

/** A document request for a page (not a client-side navigation, a prefetch or a server action). */
const isDocumentGet = (request: NextRequest) => (request.method === "GET" || request.method === "HEAD") && !request.headers.has("rsc") && !request.headers.has("next-action");

export function proxy(request: NextRequest) {
  const refused = pageRefusal(request.method, request.nextUrl.pathname, request.nextUrl.searchParams, request.headers);
  if (refused) return refused;
  const csp = pageCsp(newNonce(), process.env.NODE_ENV === "development");
  const url = request.nextUrl.searchParams;
  // The settings the URL chooses (over the remembered ones), remembered again on every answer, redirects included:
  // a canonical redirect may leave a default choice out of the URL (months=egypt), and the cookie must still learn it.
  const chosen = DISPLAY_PARAMS.some((p) => url.has(p))
    ? parseDisplaySettings({ digits: url.get("digits"), cal: url.get("cal"), months: url.get("months") }, decodeDisplayCookie(request.cookies.get(DISPLAY_COOKIE)?.value))
    : undefined;
  const remember = (response: NextResponse) => {
    // Only the server reads it (httpOnly). Written on every visit with settings, so an active reader's choice does not expire.
    if (chosen) response.cookies.set(DISPLAY_COOKIE, encodeDisplayCookie(chosen), { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
    return response;
  };

  // One URL per view: anything else is redirected, with what was dropped remembered for the notice.
  const page = isDocumentGet(request) ? pageAt(request.nextUrl.pathname) : undefined;
  let pendingNotice: string | undefined;
  if (page) {
    const { query, issues } = canonicalQuery(PAGE_VIEWS[page].view, url);
    if (query !== url.toString()) {
      // Next writes a same-origin Location back as a relative one.
      const response = NextResponse.redirect(new URL(hrefWith(PAGE_VIEWS[page].path, query), request.url), 307);
      response.headers.set("Content-Security-Policy", csp);
      const notice = encodeNotice(page, issues);
      if (notice) response.cookies.set(NOTICE_COOKIE, notice, { path: "/", maxAge: NOTICE_SECONDS, sameSite: "lax", httpOnly: true });
      return remember(response);
    }
    const cookie = request.cookies.get(NOTICE_COOKIE)?.value;
    if (noticePage(cookie) === page) pendingNotice = cookie;
  } else if (isDocumentGet(request) && url.get("months") === DEFAULT_MONTH_STYLE) {
    // Pages without a view of their own (an event, an article) still never write the default month names:
    // the settings form sends them, and the link it leaves should be the one the reader would copy.
    const stripped = new URLSearchParams(url);
    stripped.delete("months");
    const response = NextResponse.redirect(new URL(hrefWith(request.nextUrl.pathname, stripped.toString()), request.url), 307);
    response.headers.set("Content-Security-Policy", csp);
    return remember(response);
  }

  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // The display and notice headers are ours alone: ones sent by a client must not reach the render.
  headers.delete(DISPLAY_HEADER);
  headers.delete(NOTICE_HEADER);
  if (pendingNotice) headers.set(NOTICE_HEADER, pendingNotice);

  // Every setting written out (the default month names too), so the render never falls back to the old cookie.
  if (chosen) headers.set(DISPLAY_HEADER, new URLSearchParams({ ...displayParams(chosen), months: monthStyleOf(chosen) }).toString());
  const response = remember(NextResponse.next({ request: { headers } }));
  response.headers.set("Content-Security-Policy", csp);
  // A notice is shown once.
  if (pendingNotice) response.cookies.delete(NOTICE_COOKIE);
  return response;
}

export const config = {
  // Every page, its 404 and error pages included. Not static files (Next's and public/'s), the API, feeds
  // or preview images: those are not HTML and get the fixed non-page policy from next.config.js. The file
  // names are anchored ($): a path below one (/feed.xml/x) is a page's 404 and needs the page policy.
  matcher: ["/((?!_next/static|_next/image|api/|og/|(?:feed\\.xml|favicon\\.ico|icon\\.svg|icon-\\d+\\.png|apple-touch-icon\\.png|og-default\\.png|manifest\\.webmanifest)$).*)"],
};
