// Paragraphs of an article body, shared by the reader (which gives each paragraph an anchor, p-<n>) and
// search (which links a hit to the paragraph holding its snippet). One split rule for both, so the
// anchor a result links to is the paragraph the reader renders.

/** A blank line separates paragraphs (as the loader writes bodies). */
const BREAK = /\n\s*\n/g;

export function splitParagraphs(body: string): string[] {
  return body.split(BREAK);
}

/** Index of the paragraph holding the character at `offset` (0 before the body, the last one past it). */
export function paragraphAt(body: string, offset: number): number {
  let index = 0;
  for (const m of body.matchAll(BREAK)) {
    if (m.index + m[0].length > offset) break;
    index++;
  }
  return index;
}

/** The anchor id of a paragraph in the reader. */
export const paragraphAnchor = (index: number) => `p-${index}`;
