// Pairwise grouping quality: pairs of articles in the same event, gold against predicted.
import type { PlannedEvent } from "../../lib/events/types";

export interface PairCounts {
  tp: number;
  fp: number;
  fn: number;
}

const pairsOf = (groups: string[][]) => {
  const out = new Set<string>();
  for (const g of groups) {
    const keys = [...g].sort();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) out.add(`${keys[i]}\u0000${keys[j]}`);
  }
  return out;
};

export function groupsOf(events: PlannedEvent[]): string[][] {
  return events.map((e) => e.members.map((m) => m.key).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

export function countPairs(gold: string[][], predicted: string[][]): PairCounts {
  const g = pairsOf(gold);
  const p = pairsOf(predicted);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export const precision = (c: PairCounts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: PairCounts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
