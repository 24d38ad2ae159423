import "server-only";
// How candidates are ranked (BM25-like, in SQL over the bounded candidate set of lib/data/search.ts):
// each query term (a group of the parsed query) that a candidate holds adds its idf — rare words weigh
// more —, more when it stands in the title (tsvector weight A) or the lead (weight B: the whole words within
// the first 600 characters of the indexed body, search_lead_length of the migration search_lead_weight),
// plus its term frequency (ts_rank); the matched terms' proximity (ts_rank_cd, cover density) adds a
// little. The idf comes from the planner's estimate of each term's matches (ANALYZE keeps the most common
// lexemes), a branch per term of the search's one EXPLAIN (lib/data/search.ts), only when the query has several terms.

/** ts_rank's weights for D, C, B, A: the lead's words (B) count as the body's (D) for frequency, as before
 * they had a weight of their own; the lead is weighed by WEIGHTS.lead instead. */
const RANK_WEIGHTS = "'{0.1, 0.2, 0.1, 1.0}'::float4[]";

export const WEIGHTS = {
  /** Added (times idf) when the term is in the title. */
  title: 1.5,
  /** Added (times idf) when the term is in the lead. */
  lead: 0.5,
  /** Times ts_rank of the term (frequency; title positions counted ten times a body's, RANK_WEIGHTS). */
  frequency: 2,
  /** Times the cover density of all matched terms (proximity), times the mean idf. */
  proximity: 1,
} as const;

export interface RankTerms {
  /** One tsquery per term (a group of the parsed query). */
  terms: string[];
  /** Inverse document frequency of each term, same order. */
  idf: number[];
}

/** The same tsquery restricted to positions of one weight: each quoted lexeme gets `:A` (title) or `:B` (lead). */
export const weighted = (tsquery: string, weight: "A" | "B") => tsquery.replace(/'((?:[^']|'')*)'/g, `'$1':${weight}`);

/** BM25's idf from a document frequency. */
export const idfOf = (df: number, n: number) => Math.log(1 + (n - Math.min(df, n) + 0.5) / (Math.min(df, n) + 0.5));

/** A candidate's score as SQL, in two parts (see rankedSql). */
export interface ScoreSql {
  /** Term weights, title, lead and frequency: cheap, computed for every candidate. */
  base: string;
  /** Proximity (cover density): the costly part, bounded by `maxBonus`. */
  bonus: string;
  maxBonus: number;
}

/**
 * The score of a candidate row `c` (with `c.v` its tsvector) as SQL; the terms' tsqueries are appended to
 * `params`. `all` is the tsquery whose covers measure proximity. `allHeld`: every candidate holds every
 * term (the full matches), so the per-term test is left out.
 */
export function scoreSql(r: RankTerms, all: string, params: unknown[], opts: { allHeld: boolean }): ScoreSql {
  const p = (v: unknown) => `$${params.push(v)}`;
  const parts = r.terms.map((t, i) => {
    const q = `to_tsquery('simple', ${p(t)})`;
    const qa = `to_tsquery('simple', ${p(weighted(t, "A"))})`;
    const qb = `to_tsquery('simple', ${p(weighted(t, "B"))})`;
    const idf = r.idf[i]!.toFixed(4);
    const score = `${idf} * (1 + ${WEIGHTS.title} * (c.v @@ ${qa})::int + ${WEIGHTS.lead} * (c.v @@ ${qb})::int + ${WEIGHTS.frequency} * ts_rank(${RANK_WEIGHTS}, c.v, ${q}))`;
    return opts.allHeld ? score : `(CASE WHEN c.v @@ ${q} THEN ${score} ELSE 0 END)`;
  });
  const meanIdf = (r.idf.reduce((s, x) => s + x, 0) / Math.max(1, r.idf.length)).toFixed(4);
  // Normalisation 32: rank / (rank + 1) < 1, so proximity stays a bonus below proximity × mean idf.
  return {
    base: `(${parts.join(" + ") || "0"})`,
    bonus: `${WEIGHTS.proximity} * ${meanIdf} * ts_rank_cd(${RANK_WEIGHTS}, c.v, to_tsquery('simple', ${p(all)}), 32)`,
    maxBonus: WEIGHTS.proximity * Number(meanIdf),
  };
}

/**
 * The page of `cand` (id, v, d) by score, as CTEs ending in `ranked` (id, score). Cover density costs
 * more than all the rest (ts_rank_cd over a query of phrases and spellings: 9 ms of 21 for three terms over
 * 200 candidates), so it is computed only for the rows that can still reach the page: k rows have a base
 * score of at least the k-th best base, so a row whose base falls short of it by more than the largest
 * bonus scores below k others. `pageEnd` is k (offset + limit) as SQL.
 */
export function rankedSql(score: ScoreSql, order: string, pageEnd: string, pageLimit: string): string {
  return `base AS MATERIALIZED (SELECT c.id, c.v, c.d, ${score.base} AS s FROM cand c),
    bar AS (SELECT s FROM base ORDER BY s DESC OFFSET greatest(${pageEnd} - 1, 0) LIMIT 1),
    ranked AS (
      SELECT c.id, c.s + ${score.bonus} AS score FROM base c
      WHERE c.s >= coalesce((SELECT s FROM bar), '-Infinity'::float8) - ${(score.maxBonus + 1e-4).toFixed(4)}
      ORDER BY ${order} ${pageLimit}
    )`;
}
