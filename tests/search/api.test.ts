// /api/search and /api/search/suggest: validated parameters (400 naming each bad one, never a 500) and the
// shape of a hit. Calls the route handlers directly on a database with the samples loaded.
import { describe, expect, it } from "vitest";
import { withSampleDatabase } from "../helpers/db";
import { GET } from "../../app/api/search/route";
import { GET as SUGGEST } from "../../app/api/search/suggest/route";

withSampleDatabase();

const get = (query: string) => GET(new Request(`http://localhost/api/search?${query}`));

describe("/api/search", () => {
  it("answers hits with id, title, outlet, date, snippet, score and source file", async () => {
    const res = await get(`q=${encodeURIComponent("Kerry")}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.hits.length).toBeGreaterThan(0);
    const hit = body.hits[0];
    for (const key of ["articleId", "title", "titleSegments", "outlet", "date", "dateBasis", "snippet", "score", "sourceFile", "eventSlug"]) expect(hit).toHaveProperty(key);
    expect(hit.sourceFile).toMatch(/\.txt$/);
    expect(hit.snippet.segments.some((s: { hit: boolean }) => s.hit)).toBe(true);
    expect(body.total.exact).toBe(true);
    expect(body.params).toMatchObject({ q: "Kerry", sort: "relevance", page: 1, pageSize: 20 });
  });

  const BAD: Array<[string, string]> = [
    [`q=${"ا".repeat(201)}`, "q"],
    ["q=x&pageSize=51", "pageSize"],
    ["q=x&pageSize=0", "pageSize"],
    ["q=x&page=abc", "page"],
    ["q=x&from=2016-13-01", "from"],
    ["q=x&from=2016-09-10&to=2016-09-01", "to"],
    ["q=x&basis=guessed", "basis"],
    ["q=x&sort=newest", "sort"],
    ["q=x&outlet=Al%20Jazeera", "outlet"],
    ["q=x&person=%27%3B--", "person"],
    ["q=a&q=b", "q"],
    ["q=x&colour=red", "colour"],
  ];
  for (const [query, param] of BAD) {
    it(`400 naming ${param} for ${decodeURIComponent(query).slice(0, 40)}`, async () => {
      const res = await get(query);
      expect(res.status).toBe(400);
      const body = await res.json();
      // The API's one error shape (README, "Errors"): code, message, and each parameter's issue.
      expect(Object.keys(body.error).sort()).toEqual(["code", "message", "params"]);
      expect(body.error.code).toBe("BAD_PARAMETER");
      expect(body.error.params.map((e: { param: string }) => e.param)).toContain(param);
      for (const issue of body.error.params) {
        expect(Object.keys(issue).sort()).toEqual(["code", "message", "param"]);
        expect(issue.message).toMatch(/[\u0600-\u06ff]/);
      }
    });
  }

  it("a query with nothing to search answers 200 with no hits and a message", async () => {
    const res = await get("q=OR");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.hits).toEqual([]);
    expect(body.messages[0].message).toMatch(/[\u0600-\u06ff]/);
  });
});

describe("/api/search/suggest", () => {
  it("suggests people from a prefix", async () => {
    const res = await SUGGEST(new Request(`http://localhost/api/search/suggest?q=${encodeURIComponent("لافر")}`));
    expect(res.status).toBe(200);
    expect((await res.json()).suggestions.map((s: { id: string }) => s.id)).toContain("sergey-lavrov");
  });

  it("400 for a too long prefix", async () => {
    const res = await SUGGEST(new Request(`http://localhost/api/search/suggest?q=${"ك".repeat(61)}`));
    expect(res.status).toBe(400);
    expect((await res.json()).error.params).toEqual([{ param: "q", code: "TOO_LONG", message: "نص الاقتراح أطول من 60 حرف." }]);
  });

  it("400 naming a repeated or unknown parameter, as every route does", async () => {
    for (const [query, param, code] of [
      ["q=a&q=b", "q", "REPEATED"],
      ["q=a&limit=5", "limit", "UNKNOWN"],
    ]) {
      const res = await SUGGEST(new Request(`http://localhost/api/search/suggest?${query}`));
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.params).toMatchObject([{ param, code }]);
    }
  });
});
