// Sentence alignment between the articles of a comparison, pair by pair of columns.
// For each pair, an inverted index from content word to the sentences of one column finds, for every
// sentence of the other, only the sentences it shares words with: the expensive word-order measure
// runs on those candidates alone. Matching is greedy one-to-one, best class and score first (ties by
// position, so the result is deterministic); then a sentence left over may still join a sentence
// already matched when it qualifies on its own (one outlet merged two wire sentences into one).
import { documentFrequencies, type SentenceFeatures } from "./features";
import { orderedSimilarity, overlapOf, rarityWeight, sharedUnits } from "./similarity";
import { MIN_WORDS_FOR_PARAPHRASE, NEAR_MIN_SIMILARITY, PARAPHRASE_MIN_CONTAINMENT, PARAPHRASE_MIN_SHARED, PARAPHRASE_MIN_SIMILARITY } from "./thresholds";
import type { AlignmentKind } from "./types";

export interface Link {
  /** Column and sentence index of each side; `a` is in the earlier column. */
  a: { column: number; index: number };
  b: { column: number; index: number };
  kind: AlignmentKind;
  /** identical: 1; near: word-order similarity; paraphrase: weighted content overlap (Dice, or containment for merges). */
  similarity: number;
}

const RANK: Record<AlignmentKind, number> = { identical: 3, near: 2, paraphrase: 1 };

interface Scored extends Link {
  rank: number;
}

/** How sentence x (column a) and sentence y (column b) relate, or null when they are not counterparts. */
export function classifyPair(x: SentenceFeatures, y: SentenceFeatures, sharedWeight: number, shared: number, weightX: number, weightY: number): Omit<Link, "a" | "b"> | null {
  if (x.identity === y.identity && x.identity !== "") return { kind: "identical", similarity: 1 };
  const overlap = overlapOf(sharedWeight, shared, weightX, weightY);
  // A near-identical pair shares most content words: only then is the word order worth measuring.
  if (overlap.dice >= NEAR_MIN_SIMILARITY / 2) {
    const ordered = orderedSimilarity(x.norms, y.norms);
    if (ordered >= NEAR_MIN_SIMILARITY) return { kind: "near", similarity: round(ordered) };
  }
  const longEnough = x.words.length >= MIN_WORDS_FOR_PARAPHRASE && y.words.length >= MIN_WORDS_FOR_PARAPHRASE;
  if (!longEnough || shared < PARAPHRASE_MIN_SHARED) return null;
  if (overlap.dice < PARAPHRASE_MIN_SIMILARITY && overlap.containment < PARAPHRASE_MIN_CONTAINMENT) return null;
  const yKeys = new Set(y.content);
  if (sharedUnits(x.contentSeq, y.contentSeq, new Set(x.content.filter((k) => yKeys.has(k)))) < PARAPHRASE_MIN_SHARED) return null;
  if (overlap.dice >= PARAPHRASE_MIN_SIMILARITY) return { kind: "paraphrase", similarity: round(overlap.dice) };
  if (overlap.containment >= PARAPHRASE_MIN_CONTAINMENT) return { kind: "paraphrase", similarity: round(overlap.containment) };
  return null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Every link between the sentences of the given columns (features grouped by column, in order). */
export function alignColumns(columns: readonly SentenceFeatures[][]): Link[] {
  const all = columns.flat();
  const df = documentFrequencies(all);
  const n = all.length;
  const weightOf = (k: string) => rarityWeight(df.get(k)!, n);
  const totals = columns.map((col) => col.map((s) => s.content.reduce((sum, k) => sum + weightOf(k), 0)));
  const links: Link[] = [];
  for (let ca = 0; ca < columns.length; ca++)
    for (let cb = ca + 1; cb < columns.length; cb++) links.push(...alignPair(columns[ca]!, columns[cb]!, totals[ca]!, totals[cb]!, weightOf));
  return links;
}

function alignPair(left: readonly SentenceFeatures[], right: readonly SentenceFeatures[], leftWeights: number[], rightWeights: number[], weightOf: (k: string) => number): Link[] {
  const postings = new Map<string, number[]>();
  left.forEach((s, i) => {
    for (const k of s.content) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const byIdentity = new Map<string, number>();
  left.forEach((s, i) => {
    if (!byIdentity.has(s.identity)) byIdentity.set(s.identity, i);
  });

  const candidates: Scored[] = [];
  const sharedWeight = new Float64Array(left.length);
  const sharedCount = new Uint16Array(left.length);
  const touched: number[] = [];
  right.forEach((y, j) => {
    for (const k of y.content) {
      const list = postings.get(k);
      if (!list) continue;
      const w = weightOf(k);
      for (const i of list) {
        if (sharedCount[i] === 0) touched.push(i);
        sharedWeight[i] = sharedWeight[i]! + w;
        sharedCount[i] = sharedCount[i]! + 1;
      }
    }
    const same = byIdentity.get(y.identity);
    if (same !== undefined && sharedCount[same] === 0) touched.push(same); // identical without content words
    for (const i of touched.sort((p, q) => p - q)) {
      const x = left[i]!;
      const verdict = classifyPair(x, y, sharedWeight[i]!, sharedCount[i]!, leftWeights[i]!, rightWeights[j]!);
      if (verdict) candidates.push({ a: { column: x.column, index: x.index }, b: { column: y.column, index: y.index }, ...verdict, rank: RANK[verdict.kind] });
      sharedWeight[i] = 0;
      sharedCount[i] = 0;
    }
    touched.length = 0;
  });

  candidates.sort((p, q) => q.rank - p.rank || q.similarity - p.similarity || p.a.index - q.a.index || p.b.index - q.b.index);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: Scored[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a.index) || usedB.has(c.b.index)) continue;
    usedA.add(c.a.index);
    usedB.add(c.b.index);
    chosen.push(c);
  }
  // A sentence still alone joins its best counterpart even if that one is taken (merges and repeats).
  const lateA = new Set<number>();
  const lateB = new Set<number>();
  for (const c of candidates) {
    const aFree = !usedA.has(c.a.index) && !lateA.has(c.a.index);
    const bFree = !usedB.has(c.b.index) && !lateB.has(c.b.index);
    if (!aFree && !bFree) continue;
    if (aFree) lateA.add(c.a.index);
    if (bFree) lateB.add(c.b.index);
    chosen.push(c);
  }
  return chosen.sort((p, q) => p.a.index - q.a.index || p.b.index - q.b.index).map(({ rank: _, ...link }) => link);
}
