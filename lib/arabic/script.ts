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

// Every line of every article is counted: one table lookup per UTF-16 unit (the classes above and \s
// are all single units) instead of a split and three regex tests per word. Built once from the regexes.
const ARABIC = 1;
const LATIN = 2;
const DIGIT_BIT = 4;
const SPACE = 8;
const UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  UNIT[c] = (ARABIC_LETTER.test(ch) ? ARABIC : 0) | (LATIN_LETTER.test(ch) ? LATIN : 0) | (DIGIT.test(ch) ? DIGIT_BIT : 0) | (/\s/.test(ch) ? SPACE : 0);
}

/** Counts whitespace-separated words by the first script they contain (Arabic wins over Latin). */
export function scriptStats(text: string): ScriptStats {
  const stats: ScriptStats = { words: 0, arabicWords: 0, latinWords: 0, digitWords: 0 };
  let inWord = false;
  let scripts = 0; // the classes met in the current word
  // One step past the end, read as a space, closes the last word.
  for (let i = 0; i <= text.length; i++) {
    const u = i < text.length ? UNIT[text.charCodeAt(i)]! : SPACE;
    if (!(u & SPACE)) {
      inWord = true;
      scripts |= u;
    } else if (inWord) {
      stats.words++;
      if (scripts & ARABIC) stats.arabicWords++;
      else if (scripts & LATIN) stats.latinWords++;
      else if (scripts & DIGIT_BIT) stats.digitWords++;
      inWord = false;
      scripts = 0;
    }
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
