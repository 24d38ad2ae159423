// The search SQL keeps its deliberate plans (lib/data/search.ts): checked with EXPLAIN on a small
// generated corpus, so a change that lets the planner slip into a table scan fails here, not at 1,000,000.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, rareName } from "../../scripts/bench/search-corpus";
import { explainSearch, searchStatements } from "../../lib/data/search-explain";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadCorpus(t.database, { articles: 1500, batch: 500 });
  // Events as grouping makes them (about one per ten articles), so their joins are planned on real rows.
  await t.database.pool.query(`INSERT INTO "Event" (slug, title, kind, date, place, participants, "updatedAt")
    SELECT 'gen-' || g, 'اجتماع رقم ' || g, 'meeting', date '2013-01-01' + g * 10, 'جنيف', '{}', now() FROM generate_series(1, 150) g`);
  await t.database.pool.query(`INSERT INTO "EventArticle" ("eventId", "articleId")
    SELECT e.id, a.id FROM "Article" a JOIN "Event" e ON e.slug = 'gen-' || (1 + a.id % 150)`);
  await t.database.pool.query("ANALYZE");
  process.env.DATABASE_URL = t.url;
}, 120_000);
afterAll(async () => {
  const { database } = await import("../../lib/data/client");
  await database().close();
  await t?.drop();
});

const plans = async (q: string) => explainSearch(new URLSearchParams(q), { analyze: false });
/** The statement that builds the candidate set (ranking, count and facets). */
const main = async (q: string) => {
  const all = await plans(q);
  const m = all.find((x) => /WITH cand/.test(x.sql));
  expect(m, all.map((x) => x.sql).join("\n")).toBeDefined();
  return m!;
};
/**
 * No sequential scan of Article in `plan`; its walks in storage order are TID range scans right under a
 * Limit (the bounded walk and its probe), none reads it whole.
 */
const onlyBoundedScans = (plan: string) => {
  expect(plan).not.toMatch(/Seq Scan on "Article"/);
  const lines = plan.split("\n");
  lines.forEach((l, i) => {
    if (/Tid Range Scan on "Article"/.test(l)) expect(lines[i - 1], plan).toMatch(/->\s+Limit|^Limit/);
  });
};

describe("search plans", () => {
  it("keeps an article's search vector in its row, not out of line (ranking reads it several times a candidate)", async () => {
    const { rows } = await t.database.pool.query<{ n: number; out: number }>(`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE pg_column_toast_chunk_id("searchVector") IS NOT NULL)::int AS out
      FROM "Article" WHERE pg_column_size("searchVector") < 3500`);
    expect(rows[0]!.n).toBeGreaterThan(500);
    expect(rows[0]!.out).toBe(0);
  });

  it("finds a rare term through the GIN index, never by scanning Article", async () => {
    for (const q of [`q=${rareName(40)}`, `q=${rareName(40)}&sort=date`, "q=راتني"]) {
      const m = await main(q);
      expect(m.plan).toMatch(/Bitmap Index Scan on "Article_searchVector_idx"/);
      expect(m.plan).not.toMatch(/Seq Scan on "Article"/);
    }
  });

  it("with a filter, still reads Article through an index", async () => {
    const m = await main("q=راتني&outlet=emiratesvoice");
    expect(m.plan).toMatch(/Bitmap Index Scan on "Article_/);
    expect(m.plan).not.toMatch(/Seq Scan on "Article"/);
  });

  it("takes a frequent term's candidates from a bounded walk of Article, not its whole GIN bitmap", async () => {
    const m = await main("q=سوريا");
    expect(m.plan).toMatch(/Tid Range Scan on "Article"/);
    expect(m.plan).not.toMatch(/Bitmap Index Scan on "Article_searchVector_idx"/);
    onlyBoundedScans(m.plan);
  });

  it("never scans the mention tables whole for facets", async () => {
    for (const q of ["q=سوريا", `q=${rareName(40)}`]) {
      const m = await main(q);
      expect(m.plan).not.toMatch(/Seq Scan on "PersonMention"/);
      onlyBoundedScans(m.plan);
    }
  });

  it("sorts a frequent term by date with a bounded walk of the date index", async () => {
    const all = await plans("q=سوريا&sort=date");
    for (const x of all) onlyBoundedScans(x.plan);
    const walk = all.find((x) => /Article_publishedAt_idx/.test(x.plan));
    expect(walk, all.map((x) => x.plan).join("\n\n")).toBeDefined();
    // Bounded: a Limit above the walk down the date index (the page's articles are joined on above it).
    expect(walk!.plan).toMatch(/Limit[\s\S]*Index Scan Backward using "Article_publishedAt_idx"/);
    expect(walk!.plan).not.toMatch(/Seq Scan on "Article"/);
  });

  it("asks whether a query's words are held without walking Article (a query nothing matches whole)", async () => {
    // Nothing holds both words, so each word is checked before being widened to the closest held words.
    const all = await plans(`q=${rareName(40)} ${rareName(41)}`);
    expect(all.some((x) => /"SearchTerm"/.test(x.sql))).toBe(true);
    for (const x of all) onlyBoundedScans(x.plan);
  });

  it("takes a frequent term's candidates in a date range from the date index, newest first, not its GIN bitmap", async () => {
    const q = "q=سوريا&from=2014-01&to=2016-12";
    const m = await main(q);
    expect(m.plan).toMatch(/Index Scan Backward using "Article_publishedAt_idx"/);
    expect(m.plan).not.toMatch(/Bitmap Index Scan on "Article_searchVector_idx"/);
    expect(m.plan).not.toMatch(/Seq Scan on "Article"/);
    const { search } = await import("../../lib/data/search");
    const { parseSearchParams } = await import("../../lib/params/search");
    const parsed = parseSearchParams(new URLSearchParams(q));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = await search(parsed.value);
    expect(r.total).toEqual({ value: 200, exact: false });
    expect(r.hits).toHaveLength(20);
    for (const h of r.hits) expect(h.date! >= "2014-01-01" && h.date! <= "2016-12-31", h.date!).toBe(true);
  });

  it("asks the index for a rare term alone and tests the frequent ones on its rows", async () => {
    const m = await main(`q=${rareName(40)} سوريا كيري`);
    const cond = m.plan.split("\n").find((l) => /Index Cond: .*searchVector/.test(l));
    expect(cond, m.plan).toBeDefined();
    expect(cond).not.toMatch(/سوريا|xgsyria|كير/);
    expect(m.plan).not.toMatch(/Seq Scan on "Article"/);
  });

  it("asks the planner for all its estimates (the table, the query, each term, the dates) in one EXPLAIN", async () => {
    const all = await searchStatements(new URLSearchParams(`q=سوريا كيري لافروف&from=2014-01&to=2016-12`));
    const explains = all.map(([sql]) => sql).filter((sql) => /^\s*EXPLAIN\b/.test(sql));
    expect(explains).toHaveLength(1);
    // The table, the query, three terms and the date range: one branch each.
    expect(explains[0]!.split(" UNION ALL ")).toHaveLength(6);
  });

  it("partial matches and a date window keep to the indexes and bounded walks", async () => {
    // Two rare names and a frequent word: few articles hold all three, so the partial tier runs too.
    for (const q of [`q=${rareName(40)} ${rareName(41)} سوريا`, `q=${rareName(40)} ${rareName(41)} 2016`, "q=سوريا أيلول 2016", `q=${rareName(40)} كيري -لافروف`]) {
      const all = await plans(q);
      expect(all.length, q).toBeGreaterThan(0);
      for (const x of all) {
        // The events are read whole once per data version and matched in memory (lib/data/search-events.ts).
        if (/event-index/.test(x.sql)) continue;
        onlyBoundedScans(x.plan);
        expect(x.plan, `${q}\n${x.sql}\n${x.plan}`).not.toMatch(/Seq Scan on "(PersonMention|EventArticle)"/);
      }
    }
  });
});
