// The text an article is indexed by, computed in TypeScript at write time (PostgreSQL cannot run this
// stemmer): stemmed words of the title, and of the caption and body followed by one token per entity named.
// The database turns them into a weighted tsvector with the 'simple' configuration (migration search_index).
import { normalizedWordList } from "./normalize";
import { stem } from "./stem";
import { entityToken } from "./variants";

export interface IndexableArticle {
  title: string;
  body: string;
  caption?: string | null;
  people: ReadonlyArray<{ id: string }>;
  places: ReadonlyArray<{ id: string }>;
  organizations: ReadonlyArray<{ id: string }>;
}

export interface SearchText {
  searchTitle: string;
  searchBody: string;
}

/** Stemmed words of a text, space-separated, in order (phrases need the positions). */
export function stemmedText(text: string): string {
  return normalizedWordList(text).map(stem).join(" ");
}

export function searchTextOf(a: IndexableArticle): SearchText {
  const entities = [
    ...a.people.map((p) => entityToken("person", p.id)),
    ...a.places.map((p) => entityToken("place", p.id)),
    ...a.organizations.map((o) => entityToken("organization", o.id)),
  ];
  const parts = [a.caption ? stemmedText(a.caption) : "", stemmedText(a.body), entities.join(" ")].filter(Boolean);
  return { searchTitle: stemmedText(a.title), searchBody: parts.join(" ") };
}
