// Every route and API parameter against hostile input: over-long values, malformed dates, unknown ids,
// non-numeric pages, repeated parameters, odd Unicode, NUL bytes, SQL. Never a 500, never a stack trace;
// the API answers 400 naming the parameter (or 404 for an unknown thing), pages a canonical redirect (and
// an Arabic notice of what it dropped) or an Arabic page.
import { expect, test, type APIRequestContext } from "@playwright/test";

// Each API sweep sends its requests under its own client address (the rate-limit key) so none reaches
// the e2e server's low API limit.

const LONG = "س".repeat(1000);
/** A failure message that names the case without printing kilobytes of URL. */
const label = (s: string) => (s.length > 120 ? `${s.slice(0, 120)}… (${s.length} chars)` : s);
const BIDI = "\u202Eكيري\u202C";
const ZWJ = "كي\u200Dري";
const COMBINING = "ك\u0651\u0651\u0651\u0651\u0301\u0301ي";
const NUL = "%00";
const SQL = ["' OR 1=1 --", `'; DROP TABLE "Article"; --`, "1; SELECT pg_sleep(5)", `" OR ""="`, '%\' UNION SELECT id FROM "Article" --'];
const enc = encodeURIComponent;

/** Query strings every timeline-shaped route must survive, with the class of answer expected. */
const QUERIES: Array<[string, "ok" | "bad"]> = [
  [`q=${enc(LONG)}`, "bad"],
  [`q=${enc(BIDI)}`, "ok"],
  [`q=${enc(ZWJ)}`, "ok"],
  [`q=${enc(COMBINING)}`, "ok"],
  [`q=a${NUL}b`, "ok"],
  [`q=${NUL}`, "ok"],
  [`place=${enc(LONG)}`, "bad"],
  [`from=2016-02-30`, "bad"],
  [`from=2016-13`, "bad"],
  [`from=16-01-01`, "bad"],
  [`from=2016-01-01T00:00`, "bad"],
  [`from=${enc("٢٠١٦-٠١-٠١")}`, "bad"],
  [`from=2017-01&to=2016-01`, "bad"],
  [`to=9999-12-31`, "ok"],
  [`from=0000-01-01`, "bad"],
  [`participant=${enc("john kerry")}`, "bad"],
  [`participant=nobody-we-know`, "ok"],
  [`participant=${"a".repeat(500)}`, "bad"],
  [`outlet=${enc("../etc/passwd")}`, "bad"],
  [`outlet=no-such-outlet`, "ok"],
  [`kind=party`, "bad"],
  [`kind=call&kind=meeting`, "bad"],
  [`sort=sideways`, "bad"],
  [`sort=asc&sort=desc`, "bad"],
  [`q=a&q=b`, "bad"],
  [`unknown=1&${"x".repeat(100)}=y`, "bad"], // unknown parameters: a 400 from the data routes, dropped by the page
  [`q=%E0%A4%A`, "ok"], // a broken percent-escape
  [`q=%C3%28`, "ok"], // an invalid UTF-8 sequence
  ...SQL.map((s): [string, "ok" | "bad"] => [`q=${enc(s)}`, "ok"]),
  ...SQL.map((s): [string, "ok" | "bad"] => [`outlet=${enc(s)}`, "bad"]),
  ...SQL.map((s): [string, "ok" | "bad"] => [`place=${enc(s)}`, "ok"]),
  ...SQL.map((s): [string, "ok" | "bad"] => [`from=${enc(s)}`, "bad"]),
];

/** Page-only parameters (the data routes do not take a page). */
const PAGES: Array<[string, "ok" | "bad"]> = [
  ["page=abc", "bad"],
  ["page=1&page=2", "bad"],
  ["page=-1", "bad"],
  ["page=1e3", "bad"],
  ["page=99999999999999999999", "bad"],
  ["page=999", "ok"],
  [`page=${enc("٢")}`, "bad"],
];

function noLeak(body: string) {
  // "stack=" is the coverage chart's own URL parameter, not a trace.
  expect(body).not.toMatch(/\bat .+\.(?:ts|js):\d+|node_modules|PrismaClient|Error:|stack(?!=)/);
}

async function get(request: APIRequestContext, url: string, client = "198.51.100.60") {
  const res = await request.get(url, { maxRedirects: 0, headers: { "x-forwarded-for": client } });
  const body = await res.text();
  expect(res.status(), label(`${url} -> ${res.status()}`)).toBeLessThan(500);
  noLeak(body);
  return { status: res.status(), body, headers: res.headers() };
}

for (const [i, route] of ["/api/timeline", "/api/timeline/csv", "/feed.xml", "/og/timeline"].entries()) {
  test(`${route} answers every hostile query with 200 or a 400 that names the parameter`, async ({ request }) => {
    for (const [query, expected] of QUERIES) {
      const { status, body } = await get(request, `${route}?${query}`, `198.51.100.${61 + i}`);
      expect(status, label(`${route}?${query}`)).toBe(expected === "ok" ? 200 : 400);
      if (status === 400)
        expect(JSON.parse(body).error).toMatchObject({
          code: "BAD_PARAMETER",
          params: expect.arrayContaining([expect.objectContaining({ param: expect.any(String), code: expect.any(String) })]),
        });
    }
  });
}

test("the timeline page answers hostile queries with an Arabic page or a canonical redirect", async ({ request }) => {
  for (const [query, expected] of [...QUERIES, ...PAGES]) {
    const { status, body, headers } = await get(request, `/?${query}`);
    if (status === 307 || status === 308) {
      const location = headers["location"]!;
      expect(location, label(query)).toMatch(/^\/(\?|$)/);
      continue;
    }
    expect(status, label(query)).toBe(200);
    if (expected === "bad") expect(body, label(query)).toContain("رابط التصفية غير صالح");
    expect(body).toContain('lang="ar"');
  }
});

test("unknown or malformed ids get the Arabic 404 page or a plain 404", async ({ request }) => {
  const pages = [
    "/articles/0",
    "/articles/-1",
    "/articles/2147483648",
    "/articles/1.5",
    "/articles/abc",
    `/articles/${enc("١")}`,
    `/articles/1${NUL}`,
    `/articles/${enc("' OR 1=1 --")}`,
    "/events/no-such-event",
    `/events/${"a".repeat(500)}`,
    `/events/${enc(BIDI)}`,
    `/events/${enc('\'; DROP TABLE "Event"; --')}`,
    `/events/x${NUL}`,
    `/${enc(LONG.slice(0, 1000))}`,
  ];
  for (const path of pages) {
    const { status, body } = await get(request, path);
    expect(status, label(path)).toBe(404);
    expect(body, label(path)).toContain("الصفحة غير موجودة");
  }
  for (const path of ["/og/events/no-such-event", `/og/events/${"a".repeat(500)}`, `/og/events/${enc("' OR 1=1 --")}`, `/og/events/x${NUL}`, "/api/no-such-route"]) {
    const { status } = await get(request, path);
    expect(status, path).toBe(404);
  }
});

test("a URL too large for the server is refused with a 4xx, not a 500", async ({ request }) => {
  for (const path of [`/api/timeline?q=${enc("س".repeat(6000))}`, `/?q=${enc("س".repeat(6000))}`]) {
    const res = await request.get(path);
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
  }
});

test("/api/health ignores parameters and other methods are refused without a 500", async ({ request }) => {
  expect((await get(request, `/api/health?x=${NUL}&x=${enc(LONG)}`)).status).toBe(200);
  for (const path of ["/api/timeline", "/api/health", "/feed.xml"]) {
    const res = await request.post(path, { data: "x" });
    expect(res.status(), path).toBe(405);
  }
});

/** Search and comparison: the same hostile values in their own parameters. */
const SEARCH: string[] = [
  `q=${enc(LONG)}`,
  `q=${enc(BIDI)}`,
  `q=${enc(ZWJ)}`,
  `q=${enc(COMBINING)}`,
  `q=a${NUL}b`,
  `q=${NUL}`,
  "q=a&q=b",
  `q=${enc('"غير مغلق')}`,
  "q=-",
  "q=OR",
  `q=${enc("((()))")}`,
  "q=%C3%28",
  "q=%E0%A4%A",
  "q=x&page=abc",
  "q=x&page=99999999999999999999",
  "q=x&pageSize=100000",
  "q=x&from=2016-02-30",
  "q=x&to=16-1-1",
  "q=x&sort=sideways",
  "q=x&basis=guessed",
  `q=x&event=${enc(BIDI)}`,
  `q=x&person=${"a".repeat(500)}`,
  ...SQL.flatMap((s) => [`q=${enc(s)}`, `q=x&outlet=${enc(s)}`, `q=x&person=${enc(s)}`, `q=x&event=${enc(s)}`]),
];
const COMPARE: string[] = [
  "articles=abc",
  "articles=1,1",
  "articles=1,2,3,4",
  "articles=99999,99998",
  "articles=-1,2",
  "articles=1.5,2",
  `articles=${enc("١,٢")}`,
  "articles=1,2&articles=3,4",
  `articles=1,2&s=${enc(BIDI)}`,
  "articles=1,2&s=1-99999",
  `articles=1,2&s=${enc(LONG)}`,
  `articles=${NUL}`,
  ...SQL.map((s) => `articles=${enc(s)}`),
];

test("/api/search answers every hostile query with 200 or a 400 that names the parameter", async ({ request }) => {
  for (const query of SEARCH) {
    const { status, body } = await get(request, `/api/search?${query}`, "198.51.100.70");
    expect([200, 400], label(query)).toContain(status);
    if (status === 400)
      expect(JSON.parse(body).error).toMatchObject({ code: "BAD_PARAMETER", params: expect.arrayContaining([expect.objectContaining({ param: expect.any(String) })]) });
  }
});

for (const [route, queries] of [
  ["/search", SEARCH],
  ["/compare", COMPARE],
] as const) {
  test(`${route} answers hostile queries with an Arabic page or a canonical redirect`, async ({ request }) => {
    for (const query of queries) {
      const { status, body, headers } = await get(request, `${route}?${query}`, "198.51.100.71");
      if (status === 307 || status === 308) {
        expect(headers["location"], label(query)).toMatch(new RegExp(`^${route}(\\?|$)`));
        continue;
      }
      expect([200, 404], label(`${query} -> ${status}`)).toContain(status);
      expect(body).toContain('lang="ar"');
    }
  });
}
