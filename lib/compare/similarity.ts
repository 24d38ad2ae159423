// The two measures sentences are compared by. Both are pure and symmetric.

/** 2·LCS / (|a| + |b|) over two word sequences: 1 for the same words in the same order. */
export function orderedSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // One row of the LCS table at a time: sentences are short, this stays in cache.
  const prev = new Uint16Array(b.length + 1);
  const cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = x === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    prev.set(cur);
  }
  return (2 * prev[b.length]!) / (a.length + b.length);
}

/** Rarity weight of a word met in `df` of `n` sentences: shared rare words (names, numbers) say more. */
export function rarityWeight(df: number, n: number): number {
  return Math.log(1 + n / df);
}

export interface Overlap {
  /** Distinct content words in common. */
  shared: number;
  /** Weighted Dice: 2·shared weight / (weight of a + weight of b). */
  dice: number;
  /** Shared weight over the lighter sentence's weight: 1 when one sentence's content is inside the other. */
  containment: number;
}

export function overlapOf(sharedWeight: number, shared: number, weightA: number, weightB: number): Overlap {
  const total = weightA + weightB;
  const lighter = Math.min(weightA, weightB);
  return {
    shared,
    dice: total > 0 ? (2 * sharedWeight) / total : 0,
    containment: lighter > 0 ? Math.min(1, sharedWeight / lighter) : 0,
  };
}

/**
 * Independent pieces of shared content: maximal runs of content words that follow each other in both
 * sentences count once. A name or title repeated as a whole ("وزير الخارجية الأمريكي جون كيري",
 * "تنظيم الدولة الإسلامية") is one piece of evidence, not five: two sentences about different facts
 * of the same story share such phrases, while a rewrite of one fact shares several separate words.
 */
export function sharedUnits(x: readonly string[], y: readonly string[], shared: ReadonlySet<string>): number {
  const pairsY = new Set<string>();
  for (let j = 1; j < y.length; j++) pairsY.add(`${y[j - 1]}\u0001${y[j]}`);
  const covered = new Set<string>();
  let units = 0;
  let runIsNew = false;
  for (let i = 0; i < x.length; i++) {
    const k = x[i]!;
    if (!shared.has(k)) continue;
    const continues = i > 0 && shared.has(x[i - 1]!) && pairsY.has(`${x[i - 1]}\u0001${k}`);
    if (!continues) runIsNew = false;
    if (!covered.has(k) && !runIsNew) {
      // The run holds a word not counted yet: it is a new piece of evidence.
      if (!continues || !runIsNew) units++;
      runIsNew = true;
    }
    covered.add(k);
  }
  return units;
}
