// What alignment needs to know about each sentence, computed once per comparison.
import { STOPWORD_KEYS } from "./stopwords";
import type { Word } from "./words";
import type { SentenceSpan } from "./sentences";

export interface SentenceFeatures {
  /** Column of the article in the comparison. */
  column: number;
  index: number;
  words: Word[];
  /** Normalised words in order: near-identity is judged on them. */
  norms: string[];
  /** The sentence as one normalised string, punctuation dropped: identity is judged on it. */
  identity: string;
  /** Distinct content keys (stopwords dropped). */
  content: string[];
  /** Content keys in reading order, repeats kept: shared phrases are found on it. */
  contentSeq: string[];
}

/** `words`: the sentence's words (words.ts), read once per body by the caller. */
export function sentenceFeatures(column: number, span: SentenceSpan, words: Word[]): SentenceFeatures {
  const norms = words.map((w) => w.norm);
  const contentSeq = words.filter((w) => !STOPWORD_KEYS.has(w.key) && w.key.replace("~", "").length >= 2).map((w) => w.key);
  return { column, index: span.index, words, norms, identity: norms.join(" "), content: [...new Set(contentSeq)], contentSeq };
}

/** Document frequency of every content key over all sentences compared. */
export function documentFrequencies(all: readonly SentenceFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of all) for (const k of s.content) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}
