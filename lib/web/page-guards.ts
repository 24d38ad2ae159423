// Refusals the proxy (proxy.ts) answers before a page renders, as small Arabic pages with every security
// header: a state-changing request from another origin (403; Next.js itself would answer a bare 500), and
// a search page over the client's search budget (429 with Retry-After: the page runs the same query as
// /api/search, so it spends from the same `api` budget, lib/web/rate-limit.ts).
import { DISPLAY_PARAMS } from "../display/settings";
import { arabicPage, PLAIN_ANSWER_HEADERS } from "./fallback-answers.mjs";
import { checkRateLimit } from "./rate-limit";
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite } from "./same-origin";

function refusal(status: number, title: string, message: string, extra: Record<string, string> = {}): Response {
  return new Response(arabicPage({ title, message }), {
    status,
    headers: { ...PLAIN_ANSWER_HEADERS, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...extra },
  });
}

/** A search page that will run a search: any parameter but the display settings. */
const runsSearch = (pathname: string, params: URLSearchParams) => pathname === "/search" && [...params.keys()].some((k) => !(DISPLAY_PARAMS as readonly string[]).includes(k));

/** The refusal for this page request, or null to let it through. */
export function pageRefusal(method: string, pathname: string, params: URLSearchParams, headers: Headers): Response | null {
  if (isCrossOriginWrite(method, headers)) return refusal(403, "طلب مرفوض", CROSS_ORIGIN_MESSAGE);
  if ((method === "GET" || method === "HEAD") && runsSearch(pathname, params)) {
    const limited = checkRateLimit("api", headers);
    if (!limited.ok) {
      const seconds = limited.retryAfterSeconds;
      return refusal(429, "طلبات كثيرة في وقت قصير", `أعد المحاولة بعد ${seconds} ثانية.`, { "Retry-After": String(seconds) });
    }
  }
  return null;
}
