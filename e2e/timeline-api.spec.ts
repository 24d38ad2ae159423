import { expect, test } from "@playwright/test";
import { gold, squash } from "./gold";

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** What these tests read of /api/timeline's answer. */
interface ApiEvent {
  date: string;
  articles: Array<{ title: string }>;
  participants: Array<{ id: string }>;
}

test("/api/timeline answers JSON with the sample events, counts and facets", async ({ request }) => {
  const res = await request.get("/api/timeline");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(body.filters).toEqual({ participants: [], sort: "asc" });
  const events = [...body.events, ...body.undated];
  const titles = events.flatMap((e: ApiEvent) => e.articles.map((a) => squash(a.title)));
  for (const a of gold.articles) expect(titles).toContain(squash(a.title));
  expect(body.counts.events).toBe(events.length);
  const dates = body.events.map((e: ApiEvent) => e.date);
  expect(dates).toEqual([...dates].sort());
  expect(body.facets.kinds.length).toBeGreaterThan(0);
  expect(Object.keys(body.events[0].articles[0]).sort()).toEqual(["dateBasis", "id", "outlet", "publishedAt", "sourceFile", "title"]);
});

test("/api/timeline filters by participant and sorts newest first", async ({ request }) => {
  const body = await (await request.get("/api/timeline?participant=vladimir-putin&sort=desc")).json();
  expect(body.filters).toEqual({ participants: ["vladimir-putin"], sort: "desc" });
  for (const e of [...body.events, ...body.undated]) expect(e.participants.map((p: { id: string }) => p.id)).toContain("vladimir-putin");
  const dates = body.events.map((e: ApiEvent) => e.date);
  expect(dates).toEqual([...dates].sort().reverse());
});

for (const [query, param] of [
  ["from=2016-13-01", "from"],
  ["kind=x", "kind"],
  ["sort=asc&sort=desc", "sort"],
  ["participants=john-kerry", "participants"],
] as const) {
  test(`/api/timeline?${query} is a 400 naming ${param}`, async ({ request }) => {
    const res = await request.get(`/api/timeline?${query}`);
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = await res.json();
    expect(body.error.code).toBe("BAD_PARAMETER");
    expect(body.error.params.map((e: { param: string }) => e.param)).toEqual([param]);
    expect(body.error.params[0].message).toMatch(/[\u0600-\u06FF]/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });
}

test("the CSV has the BOM, the header and one row per sample article", async ({ request }) => {
  const res = await request.get("/api/timeline/csv");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toBe('attachment; filename="timeline.csv"');
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString("utf8").slice(1));
  const header = rows[0]!;
  expect(header).toEqual([
    "event_slug",
    "event_title",
    "event_kind",
    "event_date",
    "event_date_end",
    "event_date_basis",
    "place",
    "participants",
    "article_id",
    "article_title",
    "outlet",
    "published_at",
    "date_basis",
    "source_file",
  ]);
  const title = header.indexOf("article_title");
  for (const row of rows.slice(1)) expect(row).toHaveLength(header.length);
  // Other tests may upload articles of their own: each sample is judged by its title.
  for (const a of gold.articles)
    expect(
      rows.slice(1).filter((r) => squash(r[title]!) === squash(a.title)),
      a.file,
    ).toHaveLength(1);
  const bad = await request.get("/api/timeline/csv?kind=x");
  expect(bad.status()).toBe(400);
});

test("the Atom feed is XML with an entry per dated event", async ({ request, page }) => {
  const res = await request.get("/feed.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: doc.documentElement.namespaceURI,
      links: [...doc.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("link")[0]?.getAttribute("href") ?? ""),
      updated: [...doc.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("updated")[0]?.textContent ?? ""),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe("http://www.w3.org/2005/Atom");
  expect(parsed.links.length).toBeGreaterThanOrEqual(new Set(gold.articles.filter((a) => a.date_basis !== "inferred").map((a) => a.event)).size);
  // Absolute links on the origin the client asked, not the server's own listening name.
  for (const href of parsed.links) expect(href.startsWith(`${new URL(res.url()).origin}/events/`), href).toBe(true);
  expect(parsed.updated).toEqual([...parsed.updated].sort().reverse());
});
