// Finds gazetteer people in text with the shared phrase matcher (whole words, proclitics, longest spelling).
import type { Token } from "../arabic/tokens";
import { compilePhraseMatcher, type PhraseHit } from "./phrase-matcher";
import type { PersonEntry } from "./schemas";

export interface Mention {
  personId: string;
  start: number;
  end: number;
  /** As written, without a leading proclitic; spaces normalised. */
  text: string;
  /** Token indices of the first and last word. */
  first: number;
  last: number;
  /** Written with لل ("للأسد"). */
  glued: boolean;
}

export interface PeopleMatcher {
  /** `known` carries people already named in earlier parts of the same article; it is updated. `consulted`: as PhraseMatcher's. */
  scan(text: string, known: Set<string>, tokens?: Token[], consulted?: Set<string>): Mention[];
}

const toMention = (h: PhraseHit<string>): Mention => ({ personId: h.target, start: h.start, end: h.end, text: h.text, first: h.first, last: h.last, glued: h.glued });

/** What matching reads of a person: the events layer also matches places through this shape. */
export type MatchablePerson = Pick<PersonEntry, "id" | "variants" | "shortForms">;

const cache = new WeakMap<MatchablePerson[], PeopleMatcher>();

export function compilePeopleMatcher(people: MatchablePerson[]): PeopleMatcher {
  const hit = cache.get(people);
  if (hit) return hit;
  const phrases = compilePhraseMatcher(
    people.flatMap((p) => [...p.variants.map((text) => ({ target: p.id, text })), ...p.shortForms.map((text) => ({ target: p.id, text, short: true }))]),
  );
  const matcher: PeopleMatcher = { scan: (text, known, tokens, consulted) => phrases.scan(text, known, tokens, consulted).map(toMention) };
  cache.set(people, matcher);
  return matcher;
}
