// Runs before every page. It passes the URL's display settings (?digits=, ?cal=) on to the whole
// render, layouts included, and remembers them in a cookie for the reader's next visit.
import { NextResponse, type NextRequest } from "next/server";
import { DISPLAY_COOKIE, DISPLAY_HEADER, encodeDisplayCookie, parseDisplaySettings, decodeDisplayCookie } from "./lib/display/settings";

const YEAR = 60 * 60 * 24 * 365;

export function proxy(request: NextRequest) {
  const url = request.nextUrl.searchParams;
  if (!url.has("digits") && !url.has("cal")) return NextResponse.next();

  const remembered = decodeDisplayCookie(request.cookies.get(DISPLAY_COOKIE)?.value);
  const chosen = parseDisplaySettings({ digits: url.get("digits"), cal: url.get("cal") }, remembered);
  const headers = new Headers(request.headers);
  headers.set(DISPLAY_HEADER, new URLSearchParams({ digits: chosen.digits, cal: chosen.hijri ? "hijri" : "gregory" }).toString());
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(DISPLAY_COOKIE, encodeDisplayCookie(chosen), { path: "/", maxAge: YEAR, sameSite: "lax" });
  return response;
}

export const config = {
  // Pages only: static files, images and the API have no display settings.
  matcher: ["/((?!_next/|api/|og/|feed.xml|favicon).*)"],
};
