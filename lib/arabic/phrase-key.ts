// The comparison key of a short line or phrase: folded Arabic, lower case, punctuation dropped.
// "الإسم *" and "الاسم" share a key; © and @ survive because they carry meaning in page footers.
import { normalizeArabic } from "./normalize";

// What a key keeps: letters, digits, © and @. Every other run (punctuation, any kind of space) is one space.
const KEPT = /[\p{L}\p{N}©@]/u;
// Every line of every article gets a key, so the test is a table lookup per UTF-16 unit (built once,
// from KEPT itself); only astral characters (surrogate pairs) are tested with the regex.
const KEPT_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) KEPT_UNIT[c] = KEPT.test(String.fromCharCode(c)) ? 1 : 0;

export function phraseKey(s: string): string {
  // normalizeArabic drops invisible marks; punctuation and every kind of space become one space.
  return keptRuns(normalizeArabic(s).toLowerCase());
}

/** The runs of kept characters joined by single spaces: s.replace(/[^\p{L}\p{N}©@]+/gu, " ").trim(), in one pass. */
function keptRuns(s: string): string {
  let out = "";
  let runStart = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let kept: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      kept = KEPT.test(String.fromCodePoint(cp)); // a lone surrogate is no letter
    } else kept = KEPT_UNIT[c] === 1;
    if (kept) {
      if (runStart < 0) {
        if (out) out += " ";
        runStart = i;
      }
    } else if (runStart >= 0) {
      out += s.slice(runStart, i);
      runStart = -1;
    }
    i += width - 1;
  }
  if (runStart >= 0) out += s.slice(runStart);
  return out;
}
