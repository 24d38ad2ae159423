// Which script a piece of text is written in, counted by words: the cheapest signal that a line is prose.

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

export interface ScriptStats {
  words: number;
  arabicWords: number;
  latinWords: number;
  digitWords: number;
}

/** Counts whitespace-separated words by the first script they contain (Arabic wins over Latin). */
export function scriptStats(text: string): ScriptStats {
  const stats: ScriptStats = { words: 0, arabicWords: 0, latinWords: 0, digitWords: 0 };
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    stats.words++;
    if (ARABIC_LETTER.test(word)) stats.arabicWords++;
    else if (LATIN_LETTER.test(word)) stats.latinWords++;
    else if (DIGIT.test(word)) stats.digitWords++;
  }
  return stats;
}

export function arabicRatio(s: ScriptStats): number {
  return s.words === 0 ? 0 : s.arabicWords / s.words;
}

/** Latin letters and no Arabic at all: brand tokens, English widgets, credits. */
export function isLatinOnly(s: ScriptStats): boolean {
  return s.arabicWords === 0 && s.latinWords > 0;
}

export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}
