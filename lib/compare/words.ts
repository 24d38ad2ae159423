// The words of a sentence as the comparison sees them. Two levels of folding:
//  - `norm` (lib/arabic): alef forms, ى/ي, ة/ه, diacritics, tatweel, digits, case. Identical and
//    near-identical sentences are judged on it, so a changed conjunction still counts as an edit.
//  - `key` (here): also drops the clitics Arabic glues on (و/ف, ب/ك/ل before the article, the article
//    ال itself) and folds the spelling variants of loan words and names (الأميركي/الأمريكي,
//    سورية/سوريا, سيرغي/سيرجي, بيسكوف/بسكوف). Paraphrases and contested terms are judged on it.
// The variant fold is a consonant skeleton: in words of five letters or more, long vowels (ا و ي)
// after the first letter are dropped and غ is read as ج (the Arabic press writes the foreign G both
// ways). Short words keep their letters, where a dropped vowel would merge unrelated words; a
// skeleton is marked with "~" so it never equals a short word's plain key.
import { tokenize, type Token } from "../arabic/tokens";
import { memoize } from "../cache";

const SKELETON_MIN = 5;

/** Clitic-free key of a normalised word (no skeleton). "والنظام" -> "نظام", "للأسد" -> "اسد", "وزير" stays. */
export function stemKey(norm: string): string {
  let w = norm;
  // و/ف only when the article follows: "وزير" keeps its و, "والبيان" loses it.
  if ((w[0] === "و" || w[0] === "ف") && (w.startsWith("ال", 1) || w.startsWith("لل", 1)) && w.length >= 5) w = w.slice(1);
  if (w.startsWith("لل") && w.length >= 4) w = `ال${w.slice(2)}`;
  else if ((w[0] === "ب" || w[0] === "ك" || w[0] === "ل") && w.startsWith("ال", 1) && w.length >= 5) w = w.slice(1);
  // "الى" keeps its alef-lam: at least two letters stay after the article.
  if (w.startsWith("ال") && w.length >= 4) w = w.slice(2);
  return w;
}

/** The key of one written word, with no other text to learn clitics from (contested terms, stopwords). */
export function matchKey(word: string): string {
  const norm = tokenize(word)[0]?.norm ?? word;
  return skeleton(stemKey(norm));
}

/** The spelling-variant fold of a clitic-free word (see the header). */
export function skeleton(k: string): string {
  if (k.length < SKELETON_MIN || !/^\p{L}+$/u.test(k)) return k;
  // سوريه and سوريا, روسيه and روسيا: the final -يه/-يا of country names (and adjectives) is one ending.
  const stem = k.endsWith("يه") ? `${k.slice(0, -1)}ا` : k;
  return `~${stem[0]}${stem.slice(1).replace(/[اوي]/g, "").replace(/غ/g, "ج")}`;
}

/**
 * Keys for the words of the texts compared together. A و/ف or ب/ك/ل glued to a word without the
 * article ("وجبهة", "لكيري") is a clitic only if the rest is itself a word of these texts ("جبهة",
 * "كيري"); otherwise it is part of the word ("وزير", "كيري" never lose a letter). Learning this from
 * the texts avoids both a dictionary and the errors of stripping by rule.
 */
export class KeyFolder {
  private readonly vocabulary = new Set<string>();
  /** The key of a written form, worked out once per form met (a comparison reads a few thousand). */
  readonly key: (norm: string) => string = memoize((norm) => this.fold(norm), 100_000);

  /** From the texts, or from their tokens when already read (lib/arabic/tokens). */
  constructor(texts: Iterable<string | readonly Token[]>) {
    for (const text of texts) for (const t of typeof text === "string" ? tokenize(text) : text) this.vocabulary.add(stemKey(t.norm));
  }

  private fold(norm: string): string {
    let w = stemKey(norm);
    if ((w[0] === "و" || w[0] === "ف") && w.length >= 4 && this.vocabulary.has(stemKey(w.slice(1)))) w = stemKey(w.slice(1));
    if ((w[0] === "ب" || w[0] === "ك" || w[0] === "ل") && w.length >= 4 && this.vocabulary.has(stemKey(w.slice(1)))) w = stemKey(w.slice(1));
    return skeleton(w);
  }
}

export interface Word {
  /** Offsets in the text the words were read from. */
  start: number;
  end: number;
  raw: string;
  norm: string;
  key: string;
}

/** The words of a text with both folds (keys learnt from `folder`'s texts, else by rule alone). */
export function wordsOf(text: string, folder?: KeyFolder): Word[] {
  return wordsOfTokens(tokenize(text), folder);
}

export function wordsOfTokens(tokens: readonly Token[], folder?: KeyFolder): Word[] {
  return tokens.map((t: Token) => ({
    start: t.start,
    end: t.end,
    raw: t.raw,
    norm: t.norm,
    key: folder ? folder.key(t.norm) : skeleton(stemKey(t.norm)),
  }));
}
