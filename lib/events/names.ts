// People and places as events name them, read from the gazetteers (data/people.json, data/places.json).
import { foldForMatch } from "../arabic/normalize";
import { tokenize } from "../arabic/tokens";
import { loadGazetteers, type Gazetteers } from "../entities/gazetteers";
import { compilePeopleMatcher, type PeopleMatcher } from "../entities/people-matcher";
import { shortNameOf } from "../entities/short-name";
import { wordKey } from "./word-forms";
import { once } from "../cache";

export interface PlaceName {
  id: string;
  nameAr: string;
  kind: "country" | "city" | "region";
  country: string | null;
  variants: string[];
  /** Phrases that name it by describing it («العاصمة النمساوية»). */
  descriptors: string[];
}

export interface EventNames {
  /** The short Arabic name a title uses ("كيري"), the id itself for someone not in the gazetteer. */
  personShort(id: string): string;
  place(id: string): PlaceName | null;
  /** A place written as text (a dateline city) to its id, when the gazetteer knows the spelling. */
  placeIdOf(written: string): string | null;
  people: PeopleMatcher;
  /** Similarity keys (wordKey) of every word in a person's or place's spellings: kept out of text
   * similarity, which would otherwise find every Kerry–Lavrov story alike by "سيرغي لافروف" alone. */
  nameWords: ReadonlySet<string>;
  /** Place spellings found in text. Reuses the people matcher: same whole-word and proclitic rules. */
  places: PeopleMatcher;
}

export { shortNameOf } from "../entities/short-name";

const placesOf = (g: Gazetteers): PlaceName[] =>
  g.places.map((p) => ({
    id: p.id,
    nameAr: p.nameAr,
    kind: p.kind,
    country: p.country,
    variants: [...new Set([p.nameAr, ...p.variants])],
    descriptors: p.descriptors,
  }));

export function buildEventNames(g: Gazetteers): EventNames {
  const short = new Map(g.people.map((p) => [p.id, shortNameOf(p)]));
  const places = placesOf(g);
  const byId = new Map(places.map((p) => [p.id, p]));
  // A place described («العاصمة النمساوية») is found and read as the place it describes.
  const byName = new Map(places.flatMap((p) => [...p.variants, ...p.descriptors].map((v) => [foldForMatch(v), p.id] as const)));
  const asPeople = places.map((p) => ({ id: p.id, nameAr: p.nameAr, nameLatin: p.id, variants: [...p.variants, ...p.descriptors], shortForms: [], titles: [] }));
  return {
    personShort: (id) => short.get(id) ?? id,
    place: (id) => byId.get(id) ?? null,
    placeIdOf: (written) => byName.get(foldForMatch(written)) ?? null,
    people: compilePeopleMatcher(g.people),
    nameWords: new Set(
      [...g.people.flatMap((p) => [p.nameAr, ...p.variants, ...p.shortForms]), ...places.flatMap((p) => p.variants)].flatMap((s) => tokenize(s).map((t) => wordKey(t.norm))),
    ),
    places: compilePeopleMatcher(asPeople),
  };
}

export const loadEventNames: () => EventNames = once(() => buildEventNames(loadGazetteers()));
