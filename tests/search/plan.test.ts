// The search SQL keeps its deliberate plans (lib/data/search.ts): checked with EXPLAIN on a small
// generated corpus, so a change that lets the planner slip into a table scan fails here, not at 1,000,000.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, rareName } from "../../scripts/bench/search-corpus";
import { explainSearch } from "../../lib/data/search-explain";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadCorpus(t.database, { articles: 1500, batch: 500 });
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
/** Every scan of Article in `plan` sits right under a Limit (the bounded walk), none reads it whole. */
const onlyBoundedScans = (plan: string) => {
  const lines = plan.split("\n");
  lines.forEach((l, i) => {
    if (/Seq Scan on "Article"/.test(l)) expect(lines[i - 1], plan).toMatch(/->\s+Limit|^Limit/);
  });
};

describe("search plans", () => {
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
    expect(m.plan).toMatch(/Seq Scan on "Article"/);
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
    expect(walk!.plan).toMatch(/^Limit/);
    expect(walk!.plan).toMatch(/Index Scan Backward using "Article_publishedAt_idx"/);
    expect(walk!.plan).not.toMatch(/Seq Scan on "Article"/);
  });
});
