// Ranking metrics over one ranked list of files against the files that must be found (binary relevance).

export interface QueryScore {
  /** Share of the must-find files in the first `k` results (recall@20). */
  recall: number;
  /** 1 / rank of the first must-find file, 0 when none is listed. */
  reciprocalRank: number;
  /** nDCG@10 with binary gains. */
  ndcg: number;
}

export const RECALL_AT = 20;
export const NDCG_AT = 10;

export function scoreRanking(listed: readonly string[], must: readonly string[]): QueryScore {
  // A file listed twice counts once, at its first place (recall never above 1).
  const ranked = [...new Set(listed)];
  const relevant = new Set(must);
  const top = ranked.slice(0, RECALL_AT);
  const recall = relevant.size === 0 ? 1 : top.filter((f) => relevant.has(f)).length / relevant.size;
  const first = ranked.findIndex((f) => relevant.has(f));
  const dcg = ranked.slice(0, NDCG_AT).reduce((sum, f, i) => sum + (relevant.has(f) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(NDCG_AT, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return { recall, reciprocalRank: first < 0 ? 0 : 1 / (first + 1), ndcg: ideal === 0 ? 0 : dcg / ideal };
}

export function meanScore(scores: readonly QueryScore[]): QueryScore {
  const n = Math.max(1, scores.length);
  const sum = (k: keyof QueryScore) => scores.reduce((s, x) => s + x[k], 0) / n;
  return { recall: sum("recall"), reciprocalRank: sum("reciprocalRank"), ndcg: sum("ndcg") };
}
