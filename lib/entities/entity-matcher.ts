// Places and organisations share one phrase matcher, so the longest name wins across both gazetteers:
// "واشنطن بوست" is the newspaper, not the city; "روسيا اليوم" the channel, not the country.
import type { Token } from "../arabic/tokens";
import type { Gazetteers } from "./gazetteers";
import { compileGuard } from "./guards";
import { compilePhraseMatcher, type PhraseHit, type PhraseSpelling } from "./phrase-matcher";
import type { OrganizationEntry, PlaceEntry } from "./schemas";

export type EntityTarget = { type: "place"; entry: PlaceEntry } | { type: "organization"; entry: OrganizationEntry };

export interface EntityMatcher {
  /** `known` carries entities already met in earlier parts of the same article; it is updated. */
  scan(text: string, known?: Set<EntityTarget>, tokens?: Token[]): PhraseHit<EntityTarget>[];
}

const cache = new WeakMap<Gazetteers, EntityMatcher>();

export function compileEntityMatcher(g: Gazetteers): EntityMatcher {
  const hit = cache.get(g);
  if (hit) return hit;
  const spellings: PhraseSpelling<EntityTarget>[] = [];
  const add = (target: EntityTarget) => {
    const e = target.entry;
    const cues = target.type === "place" ? g.placeCues : g.organizationCues;
    for (const text of e.variants) spellings.push({ target, text });
    if (target.type === "place") for (const text of target.entry.descriptors) spellings.push({ target, text });
    for (const text of e.shortForms) spellings.push({ target, text, short: true });
    for (const spec of e.guarded) spellings.push({ target, text: spec.spelling, guard: compileGuard(spec, cues) });
  };
  g.places.forEach((entry) => add({ type: "place", entry }));
  g.organizations.forEach((entry) => add({ type: "organization", entry }));
  const matcher = compilePhraseMatcher(spellings);
  cache.set(g, matcher);
  return matcher;
}
