// Answers the production web server (scripts/lib/serve.mjs) writes itself, without Next.js: while the
// database is away (503, in the format the route would have answered in) and for requests too broken for
// Next.js to see (400, 414, 431). The route handlers use the same 503 bodies, so an API client sees one
// shape whoever answered. Plain JavaScript (no TypeScript imports) so that serve.mjs loads it as it is;
// fallback-answers.d.mts gives its types to the TypeScript code.
import { SECURITY_HEADERS, UNAVAILABLE_PAGE_CSP } from "./security-headers.mjs";

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** The API's error for "database unavailable" (code and message: lib/web/api-errors.ts's shape); messageEn for the feed and plain answers. */
export const UNAVAILABLE_ERROR = {
  code: "UNAVAILABLE",
  message: "الخدمة غير متاحة مؤقتًا: تعذّر الوصول إلى قاعدة البيانات. أعد المحاولة بعد قليل.",
  messageEn: "The service is temporarily unavailable: the database cannot be reached. Try again shortly.",
};

/** Every security header, with a policy that lets nothing run: these pages have no script at all. */
export const PLAIN_ANSWER_HEADERS = {
  "Content-Security-Policy": UNAVAILABLE_PAGE_CSP,
  ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
};

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A small Arabic page with no script and no outside resource.
 * @param {{ title: string, message: string, refreshSeconds?: number }} page
 */
export function arabicPage({ title, message, refreshSeconds }) {
  const refresh = refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">` : "";
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${refresh}<title>${escapeHtml(title)} — قارئ محادثات سوريا</title></head>
<body><main role="alert"><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">العودة إلى الخط الزمني</a></p></main></body></html>`;
}

const UNAVAILABLE_PAGE = arabicPage({
  title: "الخدمة غير متاحة مؤقتًا",
  message: "تعذّر الوصول إلى قاعدة البيانات الآن. ستعود الصفحة من تلقاء نفسها بعد قليل؛ يمكنك أيضًا إعادة تحميلها.",
  refreshSeconds: 10,
});

/** The Atom feed's answer: an Atom document with no entries whose title says why (feed readers show it). */
export function unavailableAtom(now = new Date()) {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <id>urn:syria-talks-reader:unavailable</id>
  <title>${escapeHtml(UNAVAILABLE_ERROR.message)}</title>
  <subtitle>${escapeHtml(UNAVAILABLE_ERROR.messageEn)}</subtitle>
  <updated>${now.toISOString()}</updated>
</feed>
`;
}

/**
 * What a route of this kind answers while the database is away.
 * @param {"page" | "api" | "feed" | "image"} kind
 * @param {Uint8Array | null} [png] the image for "image" (the default preview card); plain text without one
 * @returns {{ status: number, headers: Record<string, string>, body: string | Uint8Array }}
 */
export function unavailableAnswer(kind, png = null) {
  const headers = { ...PLAIN_ANSWER_HEADERS, "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) };
  if (kind === "api")
    return {
      status: 503,
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ error: { code: UNAVAILABLE_ERROR.code, message: UNAVAILABLE_ERROR.message } }),
    };
  if (kind === "feed") return { status: 503, headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" }, body: unavailableAtom() };
  if (kind === "image" && png) return { status: 503, headers: { ...headers, "Content-Type": "image/png" }, body: png };
  if (kind === "image")
    return { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" }, body: `${UNAVAILABLE_ERROR.message}\n${UNAVAILABLE_ERROR.messageEn}\n` };
  return { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" }, body: UNAVAILABLE_PAGE };
}

/**
 * The kind of answer a path gets: its route's own format.
 * @param {string} pathname
 * @returns {"page" | "api" | "feed" | "image"}
 */
export function answerKind(pathname) {
  if (pathname.startsWith("/api/")) return "api";
  if (pathname === "/feed.xml") return "feed";
  if (pathname.startsWith("/og/")) return "image";
  return "page";
}

const REQUEST_ERRORS = {
  400: "الطلب غير صالح.",
  414: "الرابط أطول مما يقبله الخادم.",
  431: "ترويسات الطلب أو الرابط أطول مما يقبله الخادم.",
};

/**
 * A raw HTTP/1.1 answer for a request Node's parser refused (too long, malformed): written straight to
 * the socket, which is then closed.
 * @param {number} status 400, 414 or 431
 * @param {string} reason
 */
export function rawRequestError(status, reason) {
  const body = arabicPage({ title: REQUEST_ERRORS[status] ?? REQUEST_ERRORS[400], message: "تحقّق من الرابط وأعد المحاولة." });
  const headers = {
    ...PLAIN_ANSWER_HEADERS,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    Connection: "close",
  };
  return `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n${body}`;
}
