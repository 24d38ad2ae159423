import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../scripts/bench/search-corpus";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/db";
import { plannedRowsOf } from "./planner-rows";
import { sqlReader, type SqlReader } from "./transaction";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadCorpus(t.database, { articles: 1200, batch: 400 });
  await t.database.pool.query("ANALYZE");
}, 120_000);
afterAll(async () => t?.drop());

const conditions: Array<[string, unknown[]]> = [
  ["TRUE", []],
  [`a."searchVector" @@ to_tsquery('simple', $1)`, ["سوريا"]],
  [`a."searchVector" @@ to_tsquery('simple', $1) AND a."publishedAt" >= $2::date`, ["كير", "2015-01-01"]],
  [`a."publishedAt" BETWEEN $1::date AND $2::date`, ["2014-01-01", "2014-12-31"]],
  [`a."outletId" = $1`, ["no-such-outlet"]],
];

/** What one EXPLAIN of the condition alone estimates. */
async function alone(c: SqlReader, where: string, params: unknown[]): Promise<number> {
  const [r] = await c.rows<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Article" a WHERE ${where}`, params);
  return r!["QUERY PLAN"][0]!.Plan["Plan Rows"];
}

describe("plannedRowsOf", () => {
  it("gives each condition the estimate of its own EXPLAIN, in order, from one EXPLAIN", async () => {
    const c = sqlReader(t.database.pool);
    const one = await plannedRowsOf(c, conditions);
    const each = await Promise.all(conditions.map(([w, p]) => alone(c, w, p)));
    expect(one).toEqual(each);
    expect(new Set(each).size).toBeGreaterThan(3); // the conditions differ, so an order mix-up would show
  });

  it("scales back the branches of a parallel plan, which count one process's share", async () => {
    const client = await t.database.pool.connect();
    try {
      // Parallel plans made cheap enough to be chosen on a small table.
      await client.query("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2");
      const c = sqlReader(client);
      const [plan] = await c.rows<{ "QUERY PLAN": Array<{ Plan: { "Node Type": string } }> }>(
        `EXPLAIN (FORMAT JSON) SELECT 1 FROM "Article" a WHERE TRUE UNION ALL SELECT 1 FROM "Article" a WHERE a."searchVector" @@ to_tsquery('simple', 'سوريا')`,
      );
      expect(plan!["QUERY PLAN"][0]!.Plan["Node Type"]).toBe("Gather");
      const one = await plannedRowsOf(c, conditions);
      const each = await Promise.all(conditions.map(([w, p]) => alone(c, w, p)));
      // The planner rounds each process's share: within a row or two of the estimate alone.
      one.forEach((n, i) => expect(Math.abs(n - each[i]!), `${conditions[i]![0]}: ${n} vs ${each[i]}`).toBeLessThanOrEqual(Math.max(2, each[i]! * 0.01)));
    } finally {
      await client.query("RESET ALL");
      client.release();
    }
  });
});
