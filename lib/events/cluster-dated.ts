// Dated articles into events: candidate pairs only within the span and sharing a main person
// (blocking), links strongest first, each merge checked against the whole of both events.
import { compareKeys } from "./order";
import { canMerge, clusterOf, mergeInto, type Cluster } from "./cluster";
import type { Features } from "./features";
import type { EventNames } from "./names";
import { linkDated } from "./pair";
import { sharedPeople } from "./people-sim";
import { LASTING_SPAN_DAYS } from "./thresholds";

interface Edge {
  a: number;
  b: number;
  score: number;
  sameCopy: boolean;
}

export function clusterDated(dated: Features[], names: EventNames): Cluster[] {
  const items = [...dated].sort((x, y) => x.eventDay! - y.eventDay! || compareKeys(x.item.key, y.item.key));
  const edges = candidateEdges(items, names);
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const clusters = new Map(items.map((f, i) => [i, clusterOf(f)]));
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra === rb) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    const ca = clusters.get(keep)!;
    const cb = clusters.get(drop)!;
    if (!canMerge(ca, cb, names, e.sameCopy)) continue;
    mergeInto(ca, cb);
    clusters.delete(drop);
    parent[drop] = keep;
  }
  return [...clusters.values()];
}

// Per main person, articles in day order; a pair is scored once, under the first person it shares.
function candidateEdges(items: Features[], names: EventNames): Edge[] {
  const byPerson = new Map<string, number[]>();
  items.forEach((f, i) =>
    f.principals.forEach((p) => {
      const list = byPerson.get(p);
      if (list) list.push(i);
      else byPerson.set(p, [i]);
    }),
  );
  const edges: Edge[] = [];
  for (const [person, list] of byPerson)
    for (let x = 0; x < list.length; x++) {
      const a = items[list[x]!]!;
      for (let y = x + 1; y < list.length; y++) {
        const b = items[list[y]!]!;
        if (b.eventDay! - a.eventDay! > LASTING_SPAN_DAYS) break;
        if (sharedPeople(a.principals, b.principals)[0] !== person) continue;
        const link = linkDated(a, b, names);
        if (link) edges.push({ a: list[x]!, b: list[y]!, ...link });
      }
    }
  return edges;
}
