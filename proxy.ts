// Runs before every page. It passes the URL's display settings (?digits=, ?cal=) on to the whole
// render, layouts included, and remembers them in a cookie for the reader's next visit.
import { NextResponse, type NextRequest } from "next/server";
import { DISPLAY_COOKIE, DISPLAY_HEADER, displayParams, encodeDisplayCookie, parseDisplaySettings, decodeDisplayCookie } from "./lib/display/settings";

const YEAR = 60 * 60 * 24 * 365;

export function proxy(request: NextRequest) {
  const url = request.nextUrl.searchParams;
  if (!url.has("digits") && !url.has("cal")) {
    // The header is ours alone: one sent by a client must not choose the settings.
    if (!request.headers.has(DISPLAY_HEADER)) return NextResponse.next();
    const headers = new Headers(request.headers);
    headers.delete(DISPLAY_HEADER);
    return NextResponse.next({ request: { headers } });
  }

  const stored = request.cookies.get(DISPLAY_COOKIE)?.value;
  const chosen = parseDisplaySettings({ digits: url.get("digits"), cal: url.get("cal") }, decodeDisplayCookie(stored));
  const headers = new Headers(request.headers);
  headers.set(DISPLAY_HEADER, new URLSearchParams(displayParams(chosen)).toString());
  const response = NextResponse.next({ request: { headers } });
  // Only the server reads it (httpOnly). Written on every visit with settings, so an active reader's choice does not expire.
  response.cookies.set(DISPLAY_COOKIE, encodeDisplayCookie(chosen), { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  return response;
}

export const config = {
  // Pages only: static files, images and the API have no display settings.
  matcher: ["/((?!_next/|api/|og/|feed.xml|favicon).*)"],
};
