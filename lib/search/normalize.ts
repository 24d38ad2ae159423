// Search normalisation: one function applied identically to documents (at write time) and to queries,
// so that every spelling the press uses for the same word meets in one index form. Builds on
// lib/arabic/normalize (alef forms, ى/ي, final ة/ه, tashkeel, tatweel, invisibles, Eastern digits) and
// adds what matters only for search: ة anywhere, hamza carriers, Latin accents and case.
import { normalizeArabic } from "../arabic/normalize";
import { memoize } from "../cache";

/** A word of the text with its offsets, so snippets can quote and highlight what was written. */
export interface SearchWord {
  start: number;
  end: number;
  raw: string;
  /** The normalised form (see normalizeWord). */
  norm: string;
}

// Words are runs of letters, marks and digits; everything else (، ؛ ؟ « » quotes, dashes) separates them.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_MARKS = /[\u0300-\u036f]/g;

const LATIN_ACCENTED = /[\u00c0-\u024f]/g;
const OTHER_MARKS = /\p{M}/gu;
const FINAL_HAMZA = /(?<=[\p{L}][\u0627])\u0621(?![\p{L}\p{M}\p{N}])/gu;

/**
 * The search form of a text, character by character so that a whole article is folded in one pass:
 * normalizeArabic, then ة → ه anywhere, ئو → ؤو (مسئول = مسؤول), ؤ → و, ئ → ي, a word-final ء after alef
 * dropped (وزراء = وزرا), Latin lower-cased without accents (Genève = geneve).
 */
export function normalizeText(text: string): string {
  let w = normalizeArabic(text).toLowerCase();
  if (LATIN_ACCENTED.test(w)) w = w.replace(LATIN_ACCENTED, (c) => c.normalize("NFKD").replace(LATIN_MARKS, ""));
  LATIN_ACCENTED.lastIndex = 0;
  // Any other combining mark (normalizeArabic drops the Arabic ones) is never part of a word's identity.
  if (OTHER_MARKS.test(w)) w = w.replace(OTHER_MARKS, "");
  OTHER_MARKS.lastIndex = 0;
  if (/[\u0621\u0624\u0626\u0629]/.test(w)) {
    w = w
      .replace(/\u0629/g, "\u0647")
      .replace(/\u0626\u0648/g, "\u0624\u0648")
      .replace(/\u0624/g, "\u0648")
      .replace(/\u0626/g, "\u064a")
      .replace(FINAL_HAMZA, "");
  }
  return w;
}

/** The search form of one word (see normalizeText). */
export function normalizeWord(word: string): string {
  return normalizeText(word);
}

/** The normalised words of a text in one pass (for indexing: no offsets). */
export function normalizedWordList(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

// Query words and the gazetteers' names are folded again and again; the folded forms of the most recently
// read 50,000 are remembered.
const memoNorm = memoize(normalizeWord, 50_000);

/**
 * Calls `visit` with each word of `text[start, end)` as written and its offset, by the index's word
 * pattern (a copy per call, so that a visit may split words itself).
 */
export function eachWord(text: string, visit: (raw: string, at: number) => void, start = 0, end = text.length): void {
  const words = new RegExp(WORD);
  words.lastIndex = start;
  for (let m = words.exec(text); m && m.index < end; m = words.exec(text)) visit(m[0], m.index);
}

/** Every word of a text in order, with offsets into the text as written. */
export function searchWords(text: string): SearchWord[] {
  const out: SearchWord[] = [];
  eachWord(text, (raw, at) => {
    const norm = memoNorm(raw);
    if (norm) out.push({ start: at, end: at + raw.length, raw, norm });
  });
  return out;
}

/** The normalised words of a text, as a list. */
export function normalizedWords(text: string): string[] {
  return searchWords(text).map((w) => w.norm);
}
