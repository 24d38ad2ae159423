// Raw text to numbered lines, each with a display form and a comparison key computed once.
import { normalizeSpace } from "../arabic/normalize";
import { phraseKey } from "../arabic/phrase-key";

export interface Line {
  /** 0-based index; verdicts report index + 1. */
  i: number;
  raw: string;
  /** Spaces normalised (NBSP, runs, ends): what is shown and compared. */
  text: string;
  /** phraseKey(text): folded, punctuation-free. */
  key: string;
}

/** The raw lines of a text; line numbers everywhere (verdicts, the provenance view) index into this. */
export function rawLinesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function splitLines(text: string): Line[] {
  return rawLinesOf(text).map((raw, i) => {
    const t = normalizeSpace(raw);
    return { i, raw, text: t, key: phraseKey(t) };
  });
}
