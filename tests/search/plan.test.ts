// The search SQL keeps its deliberate plans (lib/data/search.ts): checked with EXPLAIN on a small
// generated corpus, so a change that lets the planner slip into a table scan fails here, not at 1,000,000.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, rareName } from "../../scripts/bench/search-corpus";
import { explainSearch } from "../../scripts/bench/search-explain";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadCorpus(t.database.pool, { articles: 1500, batch: 500 });
  await t.database.pool.query("ANALYZE");
  process.env.DATABASE_URL = t.url;
}, 120_000);
afterAll(async () => {
  const { db, pool } = await import("../../lib/db/client");
  await db().$disconnect();
  await pool().end();
  await t?.drop();
});

const plans = async (q: string) => explainSearch(new URLSearchParams(q), { analyze: false });

describe("search plans", () => {
  it("finds a rare term through the GIN index, never by scanning Article", async () => {
    for (const q of [`q=${rareName(40)}`, `q=${rareName(40)}&sort=date`, "q=راتني"]) {
      const [main] = await plans(q);
      expect(main!.sql).toMatch(/WITH cand/);
      expect(main!.plan).toMatch(/Bitmap Index Scan on "Article_searchVector_idx"/);
      expect(main!.plan).not.toMatch(/Seq Scan on "Article"/);
    }
  });

  it("with a filter, still reads Article through an index", async () => {
    const [main] = await plans("q=راتني&outlet=emiratesvoice");
    expect(main!.plan).toMatch(/Bitmap Index Scan on "Article_/);
    expect(main!.plan).not.toMatch(/Seq Scan on "Article"/);
  });

  it("never scans the mention tables whole for facets", async () => {
    const [main] = await plans("q=سوريا");
    expect(main!.plan).not.toMatch(/Seq Scan on "PersonMention"/);
    expect(main!.plan).not.toMatch(/Seq Scan on "Article"/);
  });

  it("sorts a frequent term by date with a bounded walk of the date index", async () => {
    const all = await plans("q=سوريا&sort=date");
    expect(all[0]!.plan).toMatch(/Bitmap Index Scan on "Article_searchVector_idx"/);
    const walk = all.find((x) => /Article_publishedAt_idx/.test(x.plan));
    expect(walk, all.map((x) => x.plan).join("\n\n")).toBeDefined();
    expect(walk!.plan).toMatch(/^Limit/);
    expect(walk!.plan).toMatch(/Index Scan Backward using "Article_publishedAt_idx"/);
    expect(walk!.plan).not.toMatch(/Seq Scan on "Article"/);
  });
});
