// Gazetteers compiled into matchers once per Gazetteers object (the default one is loaded once).
import { phraseKey } from "../arabic/phrase-key";
import { compileAgencies, type AgencyIndex } from "../entities/agency-index";
import type { Gazetteers } from "../entities/gazetteers";
import { compileOutlets, type OutletIndex } from "../entities/outlet-index";
import { compilePeopleMatcher, type PeopleMatcher } from "../entities/people-matcher";
import { compileBoilerplate, type BoilerplateMatcher } from "./boilerplate";

export interface CompiledRegistry {
  boilerplate: BoilerplateMatcher;
  outlets: OutletIndex;
  agencies: AgencyIndex;
  people: PeopleMatcher;
  ownReporting: Set<string>;
  /** A dateline source we can name: an agency, an outlet, or the outlet's own reporters. */
  knownSource(s: string): boolean;
}

const cache = new WeakMap<Gazetteers, CompiledRegistry>();

export function compileRegistry(g: Gazetteers): CompiledRegistry {
  const hit = cache.get(g);
  if (hit) return hit;
  const outlets = compileOutlets(g.outlets);
  const agencies = compileAgencies(g.agencies);
  const ownReporting = new Set(g.ownReporting.map(phraseKey));
  const compiled: CompiledRegistry = {
    boilerplate: compileBoilerplate(g.boilerplate),
    outlets,
    agencies,
    people: compilePeopleMatcher(g.people),
    ownReporting,
    knownSource: (s) => !!s && (agencies.lookup(s) !== null || outlets.byBrand(s) !== null || ownReporting.has(phraseKey(s))),
  };
  cache.set(g, compiled);
  return compiled;
}
