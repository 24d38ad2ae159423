// Runs before every page. It refuses a server action posted from another origin (403) and a search page
// over the client's search budget (429), lib/web/page-guards.ts; it gives each page response its
// Content-Security-Policy with a fresh nonce (Next.js reads the nonce from the request's CSP header and
// puts it on its own scripts), and passes the URL's display settings (?digits=, ?cal=) on to the whole
// render, remembering them in a cookie.
import { NextResponse, type NextRequest } from "next/server";
import { DISPLAY_COOKIE, DISPLAY_HEADER, displayParams, encodeDisplayCookie, parseDisplaySettings, decodeDisplayCookie } from "./lib/display/settings";
import { pageRefusal } from "./lib/web/page-guards";
import { newNonce, pageCsp } from "./lib/web/security-headers.mjs";

const YEAR = 60 * 60 * 24 * 365;

export function proxy(request: NextRequest) {
  const refused = pageRefusal(request.method, request.nextUrl.pathname, request.nextUrl.searchParams, request.headers);
  if (refused) return refused;
  const csp = pageCsp(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // The display header is ours alone: one sent by a client must not choose the settings.
  headers.delete(DISPLAY_HEADER);

  const url = request.nextUrl.searchParams;
  let chosen;
  if (url.has("digits") || url.has("cal")) {
    chosen = parseDisplaySettings({ digits: url.get("digits"), cal: url.get("cal") }, decodeDisplayCookie(request.cookies.get(DISPLAY_COOKIE)?.value));
    headers.set(DISPLAY_HEADER, new URLSearchParams(displayParams(chosen)).toString());
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // Only the server reads it (httpOnly). Written on every visit with settings, so an active reader's choice does not expire.
  if (chosen) response.cookies.set(DISPLAY_COOKIE, encodeDisplayCookie(chosen), { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  return response;
}

export const config = {
  // Every page, its 404 and error pages included. Not static files (Next's and public/'s), the API, feeds
  // or preview images: those are not HTML and get the fixed non-page policy from next.config.js. The file
  // names are anchored ($): a path below one (/feed.xml/x) is a page's 404 and needs the page policy.
  matcher: ["/((?!_next/static|_next/image|api/|og/|(?:feed\\.xml|favicon\\.ico|icon\\.svg|icon-\\d+\\.png|apple-touch-icon\\.png|og-default\\.png|manifest\\.webmanifest)$).*)"],
};
