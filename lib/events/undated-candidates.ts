// Which dated events an undated article could belong to, without comparing it with every event:
// those whose articles share one of its sketch hashes (similar wording), or share a main person,
// a specific kind and the venue (the same cues).
import type { Cluster } from "./cluster";
import type { Features } from "./features";
import { SPECIFIC_KINDS } from "./kinds";
import { sketchOf } from "./text-sim";
import { MAX_SKETCH_POSTING } from "./thresholds";

export interface CandidateIndex {
  candidates(f: Features): number[];
}

const cueKeys = (f: Features): string[] => {
  const venue = f.venue?.placeId ?? f.venue?.name;
  if (!venue) return [];
  return f.principals.flatMap((p) => f.kinds.filter((k) => SPECIFIC_KINDS.has(k)).map((k) => `${p}|${k}|${venue}`));
};

export function indexClusters(clusters: Cluster[]): CandidateIndex {
  const bySketch = new Map<number, number[]>();
  const byCues = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  clusters.forEach((c, id) => {
    for (const m of c.members) {
      for (const h of sketchOf(m.shingles)) add(bySketch, h, id);
      for (const k of cueKeys(m)) add(byCues, k, id);
    }
  });
  return {
    candidates(f) {
      const found = new Set<number>();
      for (const h of sketchOf(f.shingles)) {
        const list = bySketch.get(h);
        if (list && list.length <= MAX_SKETCH_POSTING) list.forEach((id) => found.add(id));
      }
      for (const k of cueKeys(f)) byCues.get(k)?.forEach((id) => found.add(id));
      return [...found].sort((a, b) => a - b);
    },
  };
}
