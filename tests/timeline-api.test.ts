// /api/timeline and /api/timeline/csv: the same 400 as /api/search for any parameter that is unknown,
// repeated or malformed (the API's one error shape), and /api/timeline's paging (page, pageSize up to a
// documented maximum). Calls the route handlers directly on a database with the samples loaded.
import { describe, expect, it } from "vitest";
import { withSampleDatabase } from "./helpers/db";
import { GET as TIMELINE } from "../app/api/timeline/route";
import { GET as CSV } from "../app/api/timeline/csv/route";
import { GET as SEARCH } from "../app/api/search/route";
import { API_PAGE_SIZE, MAX_API_PAGE_SIZE } from "../lib/params/timeline";

withSampleDatabase();

// Each call is its own client, so that the rate limits of the API never get in the way.
let client = 0;
const call = (route: (r: Request) => Promise<Response>, path: string) =>
  route(new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": `192.0.2.${++client % 250}` } }));
const timeline = (query = "") => call(TIMELINE, `/api/timeline${query ? `?${query}` : ""}`);

interface ApiEvent {
  slug: string;
}
interface ApiTimeline {
  counts: { events: number };
  events: ApiEvent[];
  undated: ApiEvent[];
  paging: { page: number; pageSize: number; pages: number; next: string | null };
}

async function badParameter(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = await res.json();
  expect(Object.keys(body.error).sort()).toEqual(["code", "message", "params"]);
  expect(body.error.code).toBe("BAD_PARAMETER");
  for (const issue of body.error.params) {
    expect(Object.keys(issue).sort()).toEqual(["code", "message", "param"]);
    expect(issue.message).toMatch(/[\u0600-\u06ff]/);
  }
  return body.error.params.map((i: { param: string }) => i.param);
}

describe("parameters: the same 400 as /api/search", () => {
  const BAD: Array<[string, string]> = [
    ["colour=red", "colour"], // unknown
    ["kind=talks", "kind"], // not a kind
    ["sort=asc&sort=desc", "sort"], // repeated
    ["outlet=a&outlet=b", "outlet"],
    ["from=2016-13-01", "from"], // not a date
    ["from=2016-09-10&to=2016-09-01", "to"], // out of order
    [`q=${"س".repeat(201)}`, "q"], // too long
    ["participant=%27%3B--", "participant"],
  ];
  for (const [query, param] of BAD) {
    it(`/api/timeline and its CSV name ${param} for ${decodeURIComponent(query).slice(0, 30)}`, async () => {
      expect(await badParameter(await timeline(query))).toContain(param);
      expect(await badParameter(await call(CSV, `/api/timeline/csv?${query}`))).toContain(param);
    });
  }

  it("/api/search answers an unknown parameter in the very same shape", async () => {
    const search = await badParameter(await call(SEARCH, "/api/search?q=x&colour=red"));
    expect(search).toEqual(await badParameter(await timeline("colour=red")));
  });

  it("the CSV is the whole export: paging parameters are not its own", async () => {
    expect(await badParameter(await call(CSV, "/api/timeline/csv?page=2"))).toEqual(["page"]);
    expect((await call(CSV, "/api/timeline/csv")).status).toBe(200);
  });
});

describe("/api/timeline paging", () => {
  it("answers the first page of the documented default size, with where the next one is", async () => {
    const res = await timeline();
    expect(res.status).toBe(200);
    const body = (await res.json()) as ApiTimeline;
    expect(body.paging).toMatchObject({ page: 1, pageSize: API_PAGE_SIZE });
    expect(body.events.length + body.undated.length).toBe(Math.min(API_PAGE_SIZE, body.counts.events));
    expect(body.paging.pages).toBe(Math.max(1, Math.ceil(body.counts.events / API_PAGE_SIZE)));
  });

  it("pages one event at a time: disjoint pages covering every event in order, then an empty page", async () => {
    const all = (await (await timeline(`pageSize=${MAX_API_PAGE_SIZE}`)).json()) as ApiTimeline;
    const order = [...all.events, ...all.undated].map((e) => e.slug);
    expect(order.length).toBeGreaterThan(1);
    expect(all.paging.pages).toBe(1);
    expect(all.paging.next).toBeNull();

    const seen: string[] = [];
    let next: string | null = "/api/timeline?pageSize=1";
    while (next) {
      const page = (await (await call(TIMELINE, next)).json()) as ApiTimeline;
      expect(page.paging).toMatchObject({ pageSize: 1, pages: order.length });
      expect(page.counts).toEqual(all.counts);
      seen.push(...[...page.events, ...page.undated].map((e) => e.slug));
      next = page.paging.next;
    }
    expect(seen).toEqual(order);

    const past = (await (await timeline(`pageSize=1&page=${order.length + 1}`)).json()) as ApiTimeline;
    expect([...past.events, ...past.undated]).toEqual([]);
    expect(past.paging.next).toBeNull();
  });

  it("keeps the filters in the next page's address", async () => {
    const body = (await (await timeline("from=2012-01&sort=desc&pageSize=1")).json()) as ApiTimeline;
    expect(body.paging.pages).toBeGreaterThan(1);
    expect(body.paging.next).toBe("/api/timeline?from=2012-01&sort=desc&page=2&pageSize=1");
  });

  const BAD_PAGING: Array<[string, string]> = [
    [`pageSize=${MAX_API_PAGE_SIZE + 1}`, "pageSize"],
    ["pageSize=0", "pageSize"],
    ["pageSize=-5", "pageSize"],
    ["pageSize=2.5", "pageSize"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1&page=2", "page"],
  ];
  for (const [query, param] of BAD_PAGING) {
    it(`400 naming ${param} for ${query}`, async () => {
      expect(await badParameter(await timeline(query))).toEqual([param]);
    });
  }
});
