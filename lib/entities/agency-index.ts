// Agency names in datelines to their display label ("الفرنسية" -> "الفرنسية (AFP)").
import { phraseKey } from "../arabic/phrase-key";
import type { AgencyEntry } from "./schemas";

export interface AgencyIndex {
  lookup(text: string): AgencyEntry | null;
}

const cache = new WeakMap<AgencyEntry[], AgencyIndex>();

export function compileAgencies(agencies: AgencyEntry[]): AgencyIndex {
  const hit = cache.get(agencies);
  if (hit) return hit;
  const byKey = new Map<string, AgencyEntry>();
  for (const a of agencies) for (const alias of [a.label, ...a.aliases]) byKey.set(phraseKey(alias), a);
  const index: AgencyIndex = {
    lookup(text) {
      const key = phraseKey(text);
      // "وكالة الأنباء الفرنسية" and "وكالة رويترز": the word "agency" is optional.
      return byKey.get(key) ?? byKey.get(key.replace(/^وكاله (?:الانباء )?/, "")) ?? null;
    },
  };
  cache.set(agencies, index);
  return index;
}
