// Undated articles that joined no dated event form events among themselves only when they are
// nearly the same copy about the same people: without dates, wording is the only guard.
import { canMerge, clusterOf, mergeInto, type Cluster } from "./cluster";
import type { Features } from "./features";
import { kindsCompatible } from "./kinds";
import type { EventNames } from "./names";
import { compareKeys } from "./order";
import { samePeople } from "./people-sim";
import { containment, sketchOf } from "./text-sim";
import { MAX_POSTING, UNDATED_PAIR_TEXT } from "./thresholds";

export function clusterUndated(undated: Features[], names: EventNames): Cluster[] {
  const items = [...undated].sort((a, b) => compareKeys(a.item.key, b.item.key));
  const bySketch = new Map<number, number[]>();
  items.forEach((f, i) =>
    sketchOf(f.shingles).forEach((h) => {
      const list = bySketch.get(h);
      if (list) list.push(i);
      else bySketch.set(h, [i]);
    }),
  );

  const edges: Array<[number, number, number]> = [];
  items.forEach((a, i) => {
    const near = new Set<number>();
    for (const h of sketchOf(a.shingles)) {
      const list = bySketch.get(h)!;
      if (list.length <= MAX_POSTING) for (const j of list) if (j > i) near.add(j);
    }
    for (const j of near) {
      const b = items[j]!;
      if (!samePeople(a.principals, b.principals) || !kindsCompatible(a.kind, b.kind)) continue;
      const text = containment(a.shingles, b.shingles);
      if (text >= UNDATED_PAIR_TEXT) edges.push([i, j, text]);
    }
  });
  edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);

  const root = items.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const clusters = new Map(items.map((f, i) => [i, clusterOf(f)]));
  for (const [i, j] of edges) {
    const [a, b] = [find(i), find(j)].sort((x, y) => x - y) as [number, number];
    if (a === b || !canMerge(clusters.get(a)!, clusters.get(b)!, names)) continue;
    mergeInto(clusters.get(a)!, clusters.get(b)!);
    clusters.delete(b);
    root[b] = a;
  }
  return [...clusters.values()];
}
