// What an occurrence of the chronology was about, as words a report of it uses: the content words of each
// entry's Arabic title («الأسلحة الكيماوية», «المفاوضات النووية», «مؤتمر دولي», «حلب»), weighted by how few
// entries share them (idf), so that words every entry has («اجتماع», «حول») count for little. Matched against
// the article's title and lead, they tell apart occurrences that share people, place and weekday.
import { tokenize, type Token } from "../arabic/tokens";
import { lookupForms, wordKey } from "./word-forms";

const CONTENT = /^[\p{L}]+$/u;
const MIN_KEY = 3;

/**
 * A word's key with its ending folded: «دوليا», «دولية», «الدولي» are one word here, and «مساعدات» is
 * «مساعدة» (normalised, ة is ه). Only long enough words lose an ending, so short roots stay apart.
 */
export function topicKey(norm: string): string {
  const w = wordKey(norm);
  if (w.length >= 6 && /(?:ات|ون|ين)$/u.test(w)) return w.slice(0, -2);
  if (w.length >= 5 && /[اه]$/u.test(w)) return w.slice(0, -1);
  return w;
}

/** The similarity keys of content words in the token lists, without `ignore` (stopwords and names). */
export function topicKeysOf(parts: Token[][], ignore: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const tokens of parts)
    for (const t of tokens) {
      if (!CONTENT.test(t.norm)) continue;
      const key = topicKey(t.norm);
      // «ولافروف», «ولقاؤه»: a name or a cue word behind a conjunction or with a pronoun is still one.
      if (key.length >= MIN_KEY && !ignore.has(key) && !lookupForms(t.norm).some((f) => ignore.has(f))) keys.add(key);
    }
  return keys;
}

/** Each text's topic words with their idf over all the texts. */
export function weighTopicWords(texts: string[], ignore: ReadonlySet<string>): Array<ReadonlyMap<string, number>> {
  const sets = texts.map((t) => topicKeysOf([tokenize(t)], ignore));
  const df = new Map<string, number>();
  for (const s of sets) for (const k of s) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(1, texts.length);
  return sets.map((s) => new Map([...s].map((k) => [k, Math.log(n / df.get(k)!)])));
}

/** The entry's topic words the article uses, and their summed idf. */
export function sharedTopics(entry: ReadonlyMap<string, number>, article: ReadonlySet<string>): { words: string[]; weight: number } {
  const words: string[] = [];
  let weight = 0;
  for (const [k, idf] of entry)
    if (article.has(k)) {
      words.push(k);
      weight += idf;
    }
  return { words, weight };
}
