// The page of ranked candidates computes proximity (ts_rank_cd) only for rows that can still reach it
// (lib/data/search-rank.ts rankedSql); the page must be exactly the one ordered by the whole score.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rankedSql, scoreSql, type ScoreSql } from "../../lib/data/search-rank";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

/**
 * Deterministic texts of one length: the terms stand once or twice, adjacent or at both ends, and a few
 * titles hold one. Half the bodies carry the title's weight (A), so that proximity weighs enough to reorder.
 */
function documents(n: number): Array<{ title: string; body: string }> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const filler = (k: number) => Array.from({ length: k }, (_, i) => `w${Math.floor(next() * 50)}x${i % 3}`);
  return Array.from({ length: n }, () => {
    const body = filler(60);
    const alphas = next() < 0.5 ? 1 : 2;
    if (next() < 0.5) {
      body.splice(30, 0, ...Array(alphas).fill("alpha"), "beta");
    } else {
      body.unshift(...Array(alphas).fill("alpha"));
      body.push("beta");
    }
    const title = next() < 0.1 ? ["alpha", ...filler(3)] : filler(4);
    return { title: title.join(" "), body: body.join(" ") };
  });
}

const ORDER = "score DESC, c.d DESC NULLS LAST, c.id DESC";

async function pages(score: ScoreSql, params: unknown[], offset: number, limit: number) {
  const docs = documents(200);
  const p = [...params];
  const titles = `$${p.push(docs.map((d) => d.title))}::text[]`;
  const bodies = `$${p.push(docs.map((d) => d.body))}::text[]`;
  const cand = `cand AS MATERIALIZED (
    SELECT i AS id, setweight(to_tsvector('simple', t), 'A') || setweight(to_tsvector('simple', b), CASE WHEN i % 2 = 0 THEN 'A' ELSE 'D' END::"char") AS v, DATE '2016-01-01' + (i % 7)::int AS d
    FROM unnest(${titles}, ${bodies}) WITH ORDINALITY AS x(t, b, i))`;
  const pageLimit = `LIMIT $${p.push(limit)} OFFSET $${p.push(offset)}`;
  const pageEnd = `$${p.push(offset + limit)}::int`;
  const fast = await t.database.pool.query(`WITH ${cand}, ${rankedSql(score, ORDER, pageEnd, pageLimit)} SELECT id::int, score FROM ranked`, p);
  const whole = await t.database.pool.query(`WITH ${cand} SELECT id::int, ${score.base} + ${score.bonus} AS score FROM cand c ORDER BY ${ORDER} ${pageLimit}`, p.slice(0, -1));
  return { fast: fast.rows, whole: whole.rows };
}

describe("the ranked page with proximity computed only where it can matter", () => {
  for (const [offset, limit] of [
    [0, 20],
    [20, 20],
    [0, 1],
    [180, 20],
    [190, 20],
    [0, 0],
  ] as const) {
    it(`is exactly the page of the whole score (offset ${offset}, ${limit} rows)`, async () => {
      const params: unknown[] = [];
      const score = scoreSql({ terms: ["'alpha'", "'beta'"], idf: [2.5, 0.8] }, "'alpha' & 'beta'", params, { allHeld: true });
      const { fast, whole } = await pages(score, params, offset, limit);
      expect(fast.map((r) => r.id)).toEqual(whole.map((r) => r.id));
      expect(fast.map((r) => r.score)).toEqual(whole.map((r) => r.score));
      expect(fast.length).toBe(Math.min(limit, Math.max(0, 200 - offset)));
    });
  }

  it("counts a term only where it stands when candidates may lack it (partial matches)", async () => {
    const params: unknown[] = [];
    const score = scoreSql({ terms: ["'alpha'", "'absent'"], idf: [1.5, 20] }, "'alpha' | 'absent'", params, { allHeld: false });
    const { fast, whole } = await pages(score, params, 0, 20);
    expect(fast.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    // Counted, the absent term would add at least its idf (20) to every row; alpha alone stays below
    // 1.5 × (1 + title 1.5 + lead 0.5 + 2 × ts_rank < 1) + proximity < the mean idf 10.75 = 18.25.
    expect(Math.max(...fast.map((r) => Number(r.score)))).toBeLessThan(18.25);
  });
});
