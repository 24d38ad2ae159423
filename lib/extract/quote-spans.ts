// Quoted spans in article text: «…» (nestable; »…« too), "…" and “…” (either curly mark may open, as
// right-to-left typing often swaps them). Only outermost spans are returned; inner quotes stay in the text.
// A quotation may run over paragraphs: an unclosed quote continues into the next paragraph when that
// paragraph opens with a quote mark, or closes one without opening it first.

export interface QuoteSpan {
  /** Offset of the opening mark and offset just after the closing mark (or the end of its last paragraph). */
  start: number;
  end: number;
  /** The words inside the marks, one range per paragraph. */
  pieces: [number, number][];
  closed: boolean;
}

type Kind = "guillemet" | "reversed" | "straight" | "curly";

const MARK = /[«»"“”]/g;

interface Paragraph {
  start: number;
  end: number;
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

const kindOf = (c: string): Kind => (c === '"' ? "straight" : c === "“" || c === "”" ? "curly" : "guillemet");

/** Marks of one paragraph with their offsets. */
function marksIn(text: string, p: Paragraph): { at: number; c: string }[] {
  const out: { at: number; c: string }[] = [];
  MARK.lastIndex = p.start;
  for (let m = MARK.exec(text); m && m.index < p.end; m = MARK.exec(text)) out.push({ at: m.index, c: m[0] });
  return out;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  if (!/[«»"“”]/.test(text)) return [];
  const spans: QuoteSpan[] = [];
  const paras = paragraphs(text);
  let stack: Kind[] = [];
  let open: { start: number; pieces: [number, number][]; pieceStart: number } | null = null;

  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    let marks = marksIn(text, p);
    if (open) {
      // A quotation left open in the previous paragraph: does this one carry it on?
      const outer = stack[0]!;
      const first = marks[0];
      const leadsWithMark = first && text.slice(p.start, first.at).trim() === "" && kindOf(first.c) === (outer === "reversed" ? "guillemet" : outer);
      const same = marks.filter((m) => kindOf(m.c) === (outer === "reversed" ? "guillemet" : outer));
      // Symmetric marks: an odd count means the first one closes; guillemets: the first one is a closer.
      const closesFirst = outer === "guillemet" ? same[0]?.c === "»" : outer === "reversed" ? same[0]?.c === "«" : same.length % 2 === 1;
      if (leadsWithMark && !(outer === "guillemet" && first.c === "»")) {
        open.pieceStart = first.at + 1;
        marks = marks.slice(1);
      } else if (closesFirst) {
        open.pieceStart = p.start;
      } else {
        spans.push({ start: open.start, end: paras[pi - 1]!.end, pieces: open.pieces, closed: false });
        open = null;
        stack = [];
      }
    }
    const hasOpeningGuillemetLater = (at: number) => text.slice(at + 1, p.end).includes("«");
    for (const { at, c } of marks) {
      const kind = kindOf(c);
      let closes: number;
      if (c === "«") closes = stack.lastIndexOf("reversed");
      else if (c === "»") closes = stack.lastIndexOf("guillemet");
      else closes = stack.lastIndexOf(kind);
      if (closes >= 0) {
        stack = stack.slice(0, closes);
        if (stack.length === 0 && open) {
          open.pieces.push([open.pieceStart, at]);
          spans.push({ start: open.start, end: at + 1, pieces: open.pieces, closed: true });
          open = null;
        }
        continue;
      }
      if (c === "»" && !hasOpeningGuillemetLater(at)) continue; // a stray closer
      if (stack.length === 0) open = { start: at, pieces: [], pieceStart: at + 1 };
      stack.push(c === "»" ? "reversed" : kind);
    }
    if (open) open.pieces.push([open.pieceStart, p.end]);
  }
  if (open) spans.push({ start: open.start, end: paras[paras.length - 1]!.end, pieces: open.pieces, closed: false });
  return spans;
}

/** The quoted words of a span, paragraphs joined by a blank line. */
export function spanText(text: string, span: QuoteSpan): string {
  return span.pieces
    .map(([a, b]) => text.slice(a, b).trim())
    .filter(Boolean)
    .join("\n\n");
}
