// The query set (queries.ts) against the corpus in tests/search/corpus, loaded through the real pipeline
// into a real PostgreSQL, searched through the server-only data layer the API uses.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { parseSearchParams } from "../../lib/params/search";
import { QUERIES } from "../../scripts/search/queries";

let t: TestDatabase;
const keyOf = new Map<number, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  await loadFiles(t.database, listInputFiles([path.resolve(import.meta.dirname, "corpus")]));
  process.env.DATABASE_URL = t.url;
  const rows = await t.db.article.findMany({ select: { id: true, sourceFile: true } });
  for (const r of rows) keyOf.set(r.id, path.basename(r.sourceFile).replace(/\.txt$/, ""));
});
afterAll(async () => {
  const { database } = await import("../../lib/data/client");
  await database().close();
  await t.drop();
});

async function run(q: string, filters: Record<string, string> = {}) {
  const { search } = await import("../../lib/data/search");
  const parsed = parseSearchParams(new URLSearchParams({ q, pageSize: "50", ...filters }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return search(parsed.value);
}

describe("search query set", () => {
  it("has at least 30 queries over the corpus", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(keyOf.size).toBe(24);
  });

  for (const c of QUERIES) {
    it(`${c.q || "(no words)"} ${c.filters ? JSON.stringify(c.filters) : ""}: ${c.about}`, async () => {
      const result = await run(c.q, c.filters);
      const found = result.hits.map((h) => keyOf.get(h.articleId));
      for (const k of c.must) expect(found, `${c.q} must find ${k} (tsquery ${result.tsquery})`).toContain(k);
      for (const k of c.mustNot ?? []) expect(found, `${c.q} must not find ${k} (tsquery ${result.tsquery})`).not.toContain(k);
      if (c.message) expect(result.messages.map((m) => m.code)).toContain(c.message);
      expect(result.total.value).toBe(found.length);
    });
  }
});

describe("search results", () => {
  it("highlights the words that matched, also a variant spelling found by a Latin query", async () => {
    const result = await run("Kerry");
    const a02 = result.hits.find((h) => keyOf.get(h.articleId) === "a02")!;
    const marked = [...a02.titleSegments, ...a02.snippet.segments].filter((s) => s.hit).map((s) => s.text);
    expect(marked).toContain("كيرى");
    expect(a02.sourceFile).toMatch(/a02\.txt$/);
    expect(a02.outlet?.id).toBe("alarabiya");
    expect(a02.date).toBe("2016-09-10");
  });

  it("a query in one spelling finds the article written in the other, and marks that spelling", async () => {
    const result = await run("البنتاجون");
    const a07 = result.hits.find((h) => keyOf.get(h.articleId) === "a07")!;
    expect(a07.snippet.segments.filter((s) => s.hit).map((s) => s.text)).toContain("البنتاغون");
  });

  it("ranks a title match first and sorts by date on request", async () => {
    const byRank = await run("محادثات");
    expect(byRank.hits[0]!.score).toBeGreaterThan(0);
    const byDate = await run("محادثات", { sort: "date" });
    const dates = byDate.hits.map((h) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("counts facets over the matches", async () => {
    const result = await run("لافروف");
    expect(result.total).toEqual({ value: 3, exact: true });
    expect(result.facets.people.find((p) => p.id === "sergey-lavrov")?.count).toBe(3);
    expect(result.facets.outlets.reduce((n, o) => n + o.count, 0)).toBe(3);
    expect(result.facets.dateBasis).toEqual([{ id: "editorial", label: "editorial", count: 3 }]);
  });

  it("pages the results", async () => {
    const first = await run("محادثات", { pageSize: "2" });
    const second = await run("محادثات", { pageSize: "2", page: "2" });
    expect(first.page.pages).toBe(2);
    const ids = [...first.hits, ...second.hits].map((h) => h.articleId);
    expect(new Set(ids).size).toBe(4);
  });

  it("never fails on hostile input", async () => {
    for (const q of ['\'; DROP TABLE "Article"; --', "\\", "!!!", "& | ! <->", "((((", '"""', "-", "سوريا &", "a:*", "x\u0000y"]) {
      const result = await run(q);
      expect(Array.isArray(result.hits)).toBe(true);
    }
    expect(await t.db.article.count()).toBe(24);
  });

  it("suggests people, places and outlets from a prefix, Arabic or Latin", async () => {
    const { suggest } = await import("../../lib/data/search");
    expect((await suggest("لافر")).map((s) => s.id)).toContain("sergey-lavrov");
    expect((await suggest("Zakh")).map((s) => s.id)).toContain("maria-zakharova");
    expect((await suggest("ميون")).map((s) => s.id)).toContain("munich");
    expect((await suggest("الجزي")).map((s) => s.id)).toContain("aljazeera");
    expect(await suggest("ك")).toEqual([]);
  });
});
