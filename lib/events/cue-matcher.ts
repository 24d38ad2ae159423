// Finds listed phrases in tokenised text: whole words, proclitics and the article ignored, never across
// punctuation, the longest phrase at a position wins. Small and separate from the gazetteer matchers
// because cues are common words (زيارة، بيان) with none of a name's guards.
import type { Token } from "../arabic/tokens";
import { tokenize } from "../arabic/tokens";
import { cueWordKey, lookupForms } from "./word-forms";

export interface CueHit<T> {
  target: T;
  /** Token indices of the first and last word. */
  first: number;
  last: number;
}

export interface CueMatcher<T> {
  scan(tokens: Token[]): CueHit<T>[];
}

interface Phrase<T> {
  target: T;
  words: string[];
}

const keysOf = (phrase: string) => tokenize(phrase).map((t) => cueWordKey(t.norm));

export function compileCues<T>(entries: Array<{ target: T; phrase: string }>): CueMatcher<T> {
  const index = new Map<string, Phrase<T>[]>();
  for (const { target, phrase } of entries) {
    const words = keysOf(phrase);
    if (words.length === 0) continue;
    const list = index.get(words[0]!) ?? [];
    list.push({ target, words });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);

  // Per written word, its lookup forms and the phrases that can start with it: most words start none,
  // and a corpus repeats its words, so each is worked out once.
  const formsCache = new Map<string, string[]>();
  const forms = (norm: string) => {
    let f = formsCache.get(norm);
    if (!f) formsCache.set(norm, (f = lookupForms(norm)));
    return f;
  };
  const startsCache = new Map<string, Phrase<T>[]>();
  const starts = (norm: string) => {
    let s = startsCache.get(norm);
    if (!s) startsCache.set(norm, (s = forms(norm).flatMap((form) => index.get(form) ?? [])));
    return s;
  };
  const matches = (tokens: Token[], i: number, word: string) => {
    const t = tokens[i];
    return t !== undefined && t.joined && forms(t.norm).includes(word);
  };

  return {
    scan(tokens) {
      const hits: CueHit<T>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        // Every target of the longest phrase found here, once: a name several entries share («مجموعة دعم
        // سوريا» for each of its meetings) hits them all.
        let best: Phrase<T>[] = [];
        for (const p of starts(tokens[i]!.norm)) {
          const length = best[0]?.words.length ?? 0;
          if (p.words.length < length || (p.words.length === length && best.some((b) => b.target === p.target))) continue;
          if (!p.words.every((w, j) => j === 0 || matches(tokens, i + j, w))) continue;
          best = p.words.length > length ? [p] : [...best, p];
        }
        if (best.length === 0) continue;
        const last = i + best[0]!.words.length - 1;
        for (const p of best) hits.push({ target: p.target, first: i, last });
        i = last;
      }
      return hits;
    },
  };
}
