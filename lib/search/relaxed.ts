// Graceful relaxation: when too few articles hold every word of a query, articles holding most of them
// are listed after those, labelled partial. Minimum-should-match over the query's terms (its groups; stop
// words were never terms): at least half of them, counted over the MAX_TERMS rarest when there are more
// (so the tsquery stays small), as one tsquery (atLeast), each term in its broader forms too (a bare clitic
// glued on, the other spelling of a relative adjective), the full matches and the exclusions taken out.
import { compileClause, compileGroup, type ParsedQuery } from "./query";

/** Relax only when the full matches are fewer than this (one page). */
export const RELAX_BELOW = 20;
/**
 * Terms the combinations are built from (the rarest ones): C(6,3) = 20 combinations at most. Eight (70
 * combinations, a 50 KB tsquery) cost about 1 s a query on the 90-article dev corpus: too big.
 */
export const MAX_TERMS = 6;
/**
 * Longest text of the combinations: past it fewer terms are used. Eleven English words of many Arabic
 * forms each made a 52 KB tsquery that took a second on the 90-article dev corpus; long natural Arabic
 * queries make up to 30 KB (a name of many spellings: الولايات المتحدة) and run in tens of milliseconds.
 */
export const MAX_RELAXED_CHARS = 32_000;

/** The least number of terms a partial match must hold out of `n`. */
export const minimumShouldMatch = (n: number) => Math.max(1, Math.ceil(n / 2));

/**
 * A tsquery true when at least `k` (1 ≤ k ≤ terms.length) of `terms` hold, expanded on its first term:
 * (first & at least k-1 of the rest) | at least k of the rest. The same condition as the OR of every
 * combination of k terms, but PostgreSQL evaluates it left to right and stops early: with the rarest term
 * first, an article without it costs one test of it, not one in each combination it is part of (an OR of
 * combinations cost about 60 µs an article for five terms of many forms; partial matches test thousands).
 */
export function atLeast(k: number, terms: string[]): string {
  if (k <= 1) return terms.length === 1 ? terms[0]! : `(${terms.join(" | ")})`;
  if (k >= terms.length) return `(${terms.join(" & ")})`;
  const [first, ...rest] = terms;
  return `((${first} & ${atLeast(k - 1, rest)}) | ${atLeast(k, rest)})`;
}

function combinations<T>(xs: T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (xs.length < k) return [];
  const [head, ...rest] = xs;
  return [...combinations(rest, k - 1).map((c) => [head!, ...c]), ...combinations(rest, k)];
}

/**
 * The tsquery of a query's partial matches, or null when there is nothing beyond the full matches to ask for. `idf` gives each
 * group's weight (same order as q.groups): the rarest MAX_TERMS are used. `keepFull` keeps the full
 * matches in (the caller takes out only those it already listed: with a date window, a full match with no
 * known date is a partial match of the query).
 */
export function relaxedTsquery(q: ParsedQuery, idf: number[], opts: { keepFull?: boolean } = {}): string | null {
  if (q.groups.length === 0) return null;
  const terms = q.groups.map((g, i) => ({ tsq: compileGroup(g, true), idf: idf[i] ?? 1 }));
  const byRarity = [...terms].sort((a, b) => b.idf - a.idf);
  const combosOf = (n: number) =>
    combinations(byRarity.slice(0, n), minimumShouldMatch(Math.min(n, byRarity.length))).map((c) => (c.length === 1 ? c[0]!.tsq : `(${c.map((t) => t.tsq).join(" & ")})`));
  // Terms with many forms (English words, names) make big combinations: fewer of the rarest terms, then.
  // (The limit is kept on the combinations' size, which it was tuned on, so that the same articles match.)
  let n = MAX_TERMS;
  while (n > 2 && combosOf(n).join(" | ").length > MAX_RELAXED_CHARS) n--;
  const rarest = byRarity.slice(0, n).map((t) => t.tsq);
  const some = atLeast(minimumShouldMatch(rarest.length), rarest);
  const full = q.groups.map((g) => compileGroup(g)).join(" & ");
  // One term and nothing broader to ask for: no partial matches.
  if (q.groups.length === 1 && !opts.keepFull && compileGroup(q.groups[0]!, true) === full) return null;
  const not = q.excluded.map((c) => `!${compileClause(c)}`);
  return [`(${some})`, ...(opts.keepFull ? [] : [`!(${full})`]), ...not].join(" & ");
}
