// Words with their offsets in the original text, so a match on folded words can quote what was written.
import { normalizeArabic } from "./normalize";

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** normalizeArabic + lower case: the form gazetteers are compared with. */
  norm: string;
  /** Only spaces or a hyphen since the previous token: a multi-word name may continue across it. */
  joined: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const JOINING_GAP = /^[\s\u00A0-]*$/;

/** JOINING_GAP over text[from, to), without cutting the usual one-space gap out of the text. */
function joiningGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
  return JOINING_GAP.test(text.slice(from, to));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const norm = normalizeArabic(m[0]).toLowerCase();
    if (!norm) continue; // a lone tatweel used as a dash
    const start = m.index;
    const joined = prevEnd >= 0 && joiningGap(text, prevEnd, start);
    tokens.push({ start, end: start + m[0].length, raw: m[0], norm, joined });
    prevEnd = start + m[0].length;
  }
  return tokens;
}

const MARK = /[\p{M}\u0640]/u;

/** Offset in `raw` after its first `letters` base letters (marks and tatweel ride along with their letter). */
export function offsetAfterLetters(raw: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < letters) {
    i++;
    seen++;
    while (i < raw.length && MARK.test(raw[i]!)) i++;
  }
  return i;
}
