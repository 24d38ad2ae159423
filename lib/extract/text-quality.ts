// How much a decoded string reads like Arabic news text: used to choose between candidate encodings.
// Only non-ASCII characters are judged (markup and Latin are the same under every Arabic code page).
// A wrong Arabic code page still yields mostly Arabic letters, so letters alone cannot decide: wrong
// decodings also produce Latin accented letters, Persian/Urdu letters, symbols and U+FFFD, and they
// lose the article "ال", the commonest letter pair of Arabic.

export interface Quality {
  /** (good - bad) / (good + bad) over non-ASCII characters; 0 when there are none. */
  purity: number;
  /** Occurrences of "ال" per Arabic letter (about 0.07-0.1 in news text). */
  alPerLetter: number;
  letters: number;
  replacements: number;
  score: number;
}

const enum K {
  Neutral,
  Good,
  Letter,
  Bad,
  VeryBad,
}

function kindOf(c: number): K {
  if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a)) return K.Letter;
  if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) return K.VeryBad;
  if (
    c === 0x0640 || // tatweel
    (c >= 0x0660 && c <= 0x0669) || // Arabic-Indic digits
    c === 0x060c ||
    c === 0x061b ||
    c === 0x061f || // ، ؛ ؟
    c === 0x00a0 ||
    c === 0x00ab ||
    c === 0x00bb || // NBSP « »
    (c >= 0x2010 && c <= 0x2015) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2026
  ) {
    return K.Good;
  }
  if (
    (c >= 0x064b && c <= 0x0652) || // harakat: plausible after a letter only (checked by the caller)
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x00d7 ||
    c === 0x00f7 ||
    c === 0x00b0 ||
    c === 0x00a9 ||
    c === 0x00ae ||
    c === 0x2122 ||
    c === 0x2022
  ) {
    return K.Neutral;
  }
  return K.Bad;
}

export function arabicQuality(s: string): Quality {
  let good = 0;
  let bad = 0;
  let letters = 0;
  let al = 0;
  let replacements = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      prev = c;
      continue;
    }
    const k = kindOf(c);
    if (k === K.Letter) {
      letters++;
      good++;
      if (c === 0x0644 && prev === 0x0627) al++;
    } else if (k === K.Good) good++;
    else if (k === K.Bad) bad++;
    else if (k === K.VeryBad) {
      bad += 2;
      if (c === 0xfffd) replacements++;
    } else if (c >= 0x064b && c <= 0x0652 && !((prev >= 0x0621 && prev <= 0x064a) || (prev >= 0x064b && prev <= 0x0652))) {
      bad++; // a vowel mark with no letter under it
    }
    prev = c;
  }
  const judged = good + bad;
  const purity = judged ? (good - bad) / judged : 0;
  const alPerLetter = letters ? al / letters : 0;
  return { purity, alPerLetter, letters, replacements, score: purity + 3 * Math.min(alPerLetter, 0.1) };
}
