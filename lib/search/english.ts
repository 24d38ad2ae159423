// English query words that are not names: "meeting", "ceasefire", "phone call", "chemical weapons" ...
// looked up in data/english-terms.json, longest phrase first, with a plural or -ed/-ing ending tried off.
// Each becomes one clause meaning "any of the Arabic forms" (each form a phrase of stemmed words).
import { loadEnglishTerms } from "../entities/english-terms";
import type { EnglishTerm } from "../entities/schemas";
import { normalizedWords } from "./normalize";
import { stem } from "./stem";

export interface EnglishIndex {
  /** English form (normalised words joined by a space) → Arabic forms, each as its stemmed words. */
  forms: Map<string, string[][]>;
  maxWords: number;
}

export function buildEnglishIndex(terms: EnglishTerm[]): EnglishIndex {
  const forms = new Map<string, string[][]>();
  let maxWords = 1;
  for (const t of terms) {
    const arabic = t.ar.map((a) => normalizedWords(a).map(stem)).filter((w) => w.length > 0);
    for (const en of t.en) {
      const words = normalizedWords(en);
      if (words.length === 0) continue;
      maxWords = Math.max(maxWords, words.length);
      const key = words.join(" ");
      forms.set(key, [...(forms.get(key) ?? []), ...arabic]);
    }
  }
  return { forms, maxWords };
}

let cached: EnglishIndex | null = null;
export function englishIndex(): EnglishIndex {
  cached ??= buildEnglishIndex(loadEnglishTerms());
  return cached;
}

/** The forms an English word may take in a query beyond its dictionary form (talks → talk, met stays). */
function inflections(word: string): string[] {
  const out = [word];
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) out.push(word.slice(0, -1));
  if (word.endsWith("ed")) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out;
}

/** The Arabic forms of these English words as one term (the last word may be inflected), or null. */
export function arabicFormsOf(index: EnglishIndex, words: string[]): string[][] | null {
  if (words.length === 0 || !words.every((w) => /^[a-z0-9.'-]+$/.test(w))) return null;
  const head = words.slice(0, -1).join(" ");
  for (const last of inflections(words[words.length - 1]!)) {
    const found = index.forms.get(head ? `${head} ${last}` : last);
    if (found) return found;
  }
  return null;
}
