// Which dated events an undated article could belong to, without comparing it with every event:
// those whose articles share one of its sketch hashes (similar wording), or share a main person,
// a specific kind and the venue (the same cues). A hash or cue shared by too many events points at
// none of them (stock phrasing, "Kerry meets in Geneva"): such lists are skipped.
import type { Cluster } from "./cluster";
import type { Features } from "./features";
import { SPECIFIC_KINDS } from "./kinds";
import { sketchOf } from "./text-sim";
import { MAX_POSTING } from "./thresholds";

export interface CandidateIndex {
  candidates(f: Features): number[];
}

const cueKeys = (f: Features): string[] => {
  const venue = f.venue?.placeId ?? f.venue?.name;
  if (!venue) return [];
  return f.principals.flatMap((p) => f.kinds.filter((k) => SPECIFIC_KINDS.has(k)).map((k) => `${p}|${k}|${venue}`));
};

/** Indexes the clusters under the hashes and cues the `undated` articles carry (nothing else is ever asked). */
export function indexClusters(clusters: Cluster[], undated: Features[]): CandidateIndex {
  const bySketch = new Map<number, number[]>();
  const byCues = new Map<string, number[]>();
  for (const u of undated) {
    for (const h of sketchOf(u.shingles)) bySketch.set(h, []);
    for (const k of cueKeys(u)) byCues.set(k, []);
  }
  const add = <K>(map: Map<K, number[]>, key: K, id: number) => {
    const list = map.get(key);
    if (list && list.length <= MAX_POSTING && list[list.length - 1] !== id) list.push(id);
  };
  clusters.forEach((c, id) => {
    for (const m of c.members) {
      for (const h of sketchOf(m.shingles)) add(bySketch, h, id);
      for (const k of cueKeys(m)) add(byCues, k, id);
    }
  });
  const usable = (list: number[] | undefined) => (list && list.length <= MAX_POSTING ? list : []);
  return {
    candidates(f) {
      const found = new Set<number>();
      for (const h of sketchOf(f.shingles)) usable(bySketch.get(h)).forEach((id) => found.add(id));
      for (const k of cueKeys(f)) usable(byCues.get(k)).forEach((id) => found.add(id));
      return [...found].sort((a, b) => a - b);
    },
  };
}
