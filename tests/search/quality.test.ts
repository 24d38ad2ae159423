// Search quality on real coverage (npm run bench:search-quality): the judged analyst queries over the
// development corpus, held to the floors in scripts/bench/search-quality/floors.json (raise them as search
// improves, never lower them). Skipped when the development corpus is not beside the project.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_CORPUS } from "../../scripts/bench/accuracy/corpus";
import floors from "../../scripts/bench/search-quality/floors.json";
import { JUDGED_QUERIES } from "../../scripts/bench/search-quality/judged";
import { meanScore } from "../../scripts/bench/search-quality/metrics";
import { judgeQueries, loadCorpusInto, type JudgedResult } from "../../scripts/bench/search-quality/run";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const present = fs.existsSync(DEV_CORPUS);

describe.skipIf(!present)("search quality on the development corpus", () => {
  let t: TestDatabase;
  let results: JudgedResult[] = [];
  beforeAll(async () => {
    t = await createTestDatabase();
    const keys = await loadCorpusInto(t.database, DEV_CORPUS);
    process.env.DATABASE_URL = t.url;
    process.env.SEARCH_CACHE = "off";
    results = await judgeQueries(keys, JUDGED_QUERIES);
  }, 600_000);
  afterAll(async () => {
    const { database } = await import("../../lib/data/client");
    await database().close();
    await t?.drop();
  });

  it("recall@20, MRR and nDCG@10 over all the queries stay at or above their floors", () => {
    const m = meanScore(results.map((r) => r.score));
    expect(m.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(m.reciprocalRank).toBeGreaterThanOrEqual(floors.mrr);
    expect(m.ndcg).toBeGreaterThanOrEqual(floors.ndcg);
  });
});
