// A photo's name label: a line that is only a person's name with the words of their role
// («وزير الخارجية الروسي سيرغي لافروف»). Role words are those of the people gazetteer's titles, and any
// definite nisba adjective («الأميركي», «الروسية»); the name must be a gazetteer person.
import { phraseKey } from "../arabic/phrase-key";
import type { PeopleMatcher } from "../entities/people-matcher";
import type { PersonEntry } from "../entities/schemas";

const MAX_LABEL_WORDS = 8;
const NISBA = /^ال\S{2,}(?:ي|يه)$/u;

export type NameLabelTest = (text: string) => boolean;

const cache = new WeakMap<PersonEntry[], NameLabelTest>();

export function compileNameLabel(people: PersonEntry[], matcher: PeopleMatcher): NameLabelTest {
  const hit = cache.get(people);
  if (hit) return hit;
  const roles = new Set(people.flatMap((p) => p.titles.flatMap((t) => phraseKey(t.title).split(" "))));
  const isRole = (w: string) => w === "و" || roles.has(w) || roles.has(w.replace(/^و(?=\S{3})/u, "")) || NISBA.test(w);
  const test: NameLabelTest = (text) => {
    const words = phraseKey(text).split(" ");
    if (words.length > MAX_LABEL_WORDS) return false;
    const mentions = matcher.scan(text, new Set());
    if (mentions.length === 0) return false;
    let rest = text;
    for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start) + " " + rest.slice(m.end);
    return phraseKey(rest).split(" ").filter(Boolean).every(isRole);
  };
  cache.set(people, test);
  return test;
}
