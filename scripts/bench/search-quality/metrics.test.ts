import { describe, expect, it } from "vitest";
import { meanScore, scoreRanking } from "./metrics";
import { JUDGED_QUERIES, QUERY_CLASSES, parseJudgedQueries } from "./judged";

describe("ranking metrics", () => {
  it("scores a perfect ranking 1 everywhere", () => {
    expect(scoreRanking(["x", "y", "z"], ["x", "y"])).toEqual({ recall: 1, reciprocalRank: 1, ndcg: 1 });
  });
  it("counts recall within the first 20 only and the rank of the first relevant file", () => {
    const ranked = [...Array.from({ length: 20 }, (_, i) => `n${i}`), "x"];
    expect(scoreRanking(ranked, ["x"])).toMatchObject({ recall: 0, reciprocalRank: 1 / 21, ndcg: 0 });
    const s = scoreRanking(["n", "x", "m", "y"], ["x", "y"]);
    expect(s.recall).toBe(1);
    expect(s.reciprocalRank).toBe(0.5);
    expect(s.ndcg).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(5)) / (1 + 1 / Math.log2(3)), 6);
  });
  it("counts a file listed twice once, at its first place", () => {
    expect(scoreRanking(["x", "x", "y"], ["x"])).toEqual({ recall: 1, reciprocalRank: 1, ndcg: 1 });
    expect(scoreRanking(["n", "x", "x"], ["x", "y"]).recall).toBe(0.5);
  });
  it("averages per query", () => {
    expect(
      meanScore([
        { recall: 1, reciprocalRank: 1, ndcg: 1 },
        { recall: 0, reciprocalRank: 0.5, ndcg: 0 },
      ]),
    ).toEqual({ recall: 0.5, reciprocalRank: 0.75, ndcg: 0.5 });
  });
});

describe("the judged query set", () => {
  it("has at least 40 queries and every class", () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const c of QUERY_CLASSES) expect(JUDGED_QUERIES.filter((q) => q.class === c).length, c).toBeGreaterThanOrEqual(5);
  });
  it("names the malformed entry", () => {
    expect(() => parseJudgedQueries({ queries: [{ class: "entity", q: "كيري", must: [] }] })).toThrow(/query 1 \(«كيري»\): must/);
  });
});
