// Gazetteers compiled into matchers once per Gazetteers object (the default one is loaded once).
import { phraseKey } from "../arabic/phrase-key";
import { compileAgencies, type AgencyIndex } from "../entities/agency-index";
import type { Gazetteers } from "../entities/gazetteers";
import { compileOutlets, type OutletIndex } from "../entities/outlet-index";
import { compilePeopleMatcher, type PeopleMatcher } from "../entities/people-matcher";
import { compileBoilerplate, type BoilerplateMatcher } from "./boilerplate";
import { compileNameLabel, type NameLabelTest } from "./name-label";
import type { IsNameWord } from "./title-slug";

export interface CompiledRegistry {
  boilerplate: BoilerplateMatcher;
  outlets: OutletIndex;
  agencies: AgencyIndex;
  people: PeopleMatcher;
  ownReporting: Set<string>;
  /** A dateline source we can name: an agency, an outlet, or the outlet's own reporters. */
  knownSource(s: string): boolean;
  /** A line that is only a person's name and role words (a photo's label). */
  isNameLabel: NameLabelTest;
  /** A word of a person's or a place's name, Arabic or Latin (for telling keyword slugs from headlines). */
  isNameWord: IsNameWord;
  /** A text that is a city's name as the gazetteer spells it (a dateline "باريس:"). */
  isCity(s: string): boolean;
}

const MIN_NAME_WORD = 3;

/** Every word of every person's and place's spellings and Latin names, folded. */
function nameWordTest(g: Gazetteers): IsNameWord {
  const words = new Set<string>();
  const add = (text: string) =>
    phraseKey(text)
      .split(" ")
      .forEach((w) => w.length >= MIN_NAME_WORD && words.add(w));
  for (const p of g.people) [p.nameLatin, ...p.variants, ...p.shortForms].forEach(add);
  for (const p of g.places) [p.nameLatin, ...p.variants, ...p.guarded.map((x) => x.spelling)].forEach(add);
  return (word) => {
    const key = phraseKey(word);
    return words.has(key) || words.has(key.replace(/^(?:و|ف|ب|ل)(?=\S{3})/u, ""));
  };
}

function cityTest(g: Gazetteers): (s: string) => boolean {
  const cities = new Set(g.places.filter((p) => p.kind === "city").flatMap((p) => [p.nameAr, ...p.variants].map(phraseKey)));
  return (s) => cities.has(phraseKey(s));
}

const cache = new WeakMap<Gazetteers, CompiledRegistry>();

export function compileRegistry(g: Gazetteers): CompiledRegistry {
  const hit = cache.get(g);
  if (hit) return hit;
  const outlets = compileOutlets(g.outlets);
  const agencies = compileAgencies(g.agencies);
  const ownReporting = new Set(g.ownReporting.map(phraseKey));
  const people = compilePeopleMatcher(g.people);
  const compiled: CompiledRegistry = {
    boilerplate: compileBoilerplate(g.boilerplate),
    outlets,
    agencies,
    people,
    ownReporting,
    knownSource: (s) => !!s && (agencies.lookup(s) !== null || outlets.byBrand(s) !== null || ownReporting.has(phraseKey(s))),
    isNameLabel: compileNameLabel(g.people, people),
    isNameWord: nameWordTest(g),
    isCity: cityTest(g),
  };
  cache.set(g, compiled);
  return compiled;
}
