// An article body split into sentences. The body is stored as paragraphs separated by a blank line
// (Article.body). A sentence ends at . ؟ ? ! ؛ … or a line break, but never inside a quotation
// («…», “…”, "…"), never after an initial or abbreviation (د. أ. U.S. Mr.), never inside a number
// (3.5, 1.200) and never after a list number opening a paragraph ("1.").

export interface SentenceSpan {
  /** Position in the article, from 0. */
  index: number;
  /** Paragraph of the body, from 0. */
  paragraph: number;
  /** Offsets in the body: body.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
}

const TERMINATOR = /[.؟?!؛…]/;
const CLOSERS = /[)\]}»”"'’]/;
const LATIN_ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "prof", "lt", "sgt", "inc", "co", "corp"]);

/** Offsets covered by quotations in one paragraph; an unmatched mark protects nothing. */
function quotedRanges(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const guillemets: number[] = [];
  let straight = -1;
  let curly = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "«") guillemets.push(i);
    else if (c === "»") {
      const open = guillemets.pop();
      if (open !== undefined && guillemets.length === 0) ranges.push([open, i]);
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        ranges.push([straight, i]);
        straight = -1;
      }
    } else if (c === "“" || c === "”") {
      // Right-to-left typing often swaps the curly marks: either one may open.
      if (curly < 0) curly = i;
      else {
        ranges.push([curly, i]);
        curly = -1;
      }
    }
  }
  return ranges;
}

/** The word just before offset i (letters only), lower case. */
function wordBefore(text: string, i: number): { word: string; start: number } {
  let s = i;
  while (s > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[s - 1]!)) s--;
  return { word: text.slice(s, i).toLowerCase(), start: s };
}

/** Does the period at i end a sentence? (Called only when whitespace or the paragraph's end follows.) */
function periodEnds(text: string, i: number, sentenceStart: number): boolean {
  const { word, start } = wordBefore(text, i);
  if (word.length === 0) return true; // ")." or "»." — the mark closes something that ended
  if (/^\p{N}+$/u.test(word)) return text.slice(sentenceStart, start).trim() !== ""; // "1." opening a list item
  const letters = [...word.replace(/\p{M}/gu, "")];
  if (letters.length === 1) {
    // One letter: an initial (د. أ. U.S.), except the era letter after a year ("عام 2011 م.").
    return /\p{N}\s*$/u.test(text.slice(sentenceStart, start));
  }
  if (text[start - 1] === ".") return false; // "U.S." read back from its last letter
  return !LATIN_ABBREVIATIONS.has(word);
}

/** Splits a body (paragraphs separated by blank lines) into sentences with their offsets. */
export function splitSentences(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const paragraphRe = /\n[ \t\u00A0]*\n\s*/g;
  let paragraph = 0;
  let pStart = 0;
  const emit = (from: number, to: number) => {
    // Trim, so that text equals the slice between the offsets.
    while (from < to && /\s/.test(body[from]!)) from++;
    while (to > from && /\s/.test(body[to - 1]!)) to--;
    if (to > from && /[\p{L}\p{N}]/u.test(body.slice(from, to))) out.push({ index: out.length, paragraph, start: from, end: to, text: body.slice(from, to) });
  };
  const doParagraph = (from: number, to: number) => {
    const quoted = quotedRanges(body, from, to);
    let q = 0;
    let sentenceStart = from;
    for (let i = from; i < to; i++) {
      while (q < quoted.length && quoted[q]![1] < i) q++;
      const inQuote = q < quoted.length && quoted[q]![0] < i && i < quoted[q]![1];
      const c = body[i]!;
      if (c === "\n") {
        // A line break inside a paragraph is always a boundary: lines are the writer's own breaks.
        emit(sentenceStart, i);
        sentenceStart = i + 1;
        continue;
      }
      if (inQuote || !TERMINATOR.test(c)) continue;
      // A run of marks ("؟!", "...") and closing brackets ends together.
      let j = i + 1;
      while (j < to && (TERMINATOR.test(body[j]!) || CLOSERS.test(body[j]!))) j++;
      if (j < to && !/\s/.test(body[j]!)) {
        i = j - 1; // "3.5", "U.S" or a mark glued to the next word
        continue;
      }
      if (c === "." && j === i + 1 && !periodEnds(body, i, sentenceStart)) continue;
      emit(sentenceStart, j);
      sentenceStart = j;
      i = j - 1;
    }
    emit(sentenceStart, to);
  };
  for (let m = paragraphRe.exec(body); m; m = paragraphRe.exec(body)) {
    doParagraph(pStart, m.index);
    paragraph++;
    pStart = m.index + m[0].length;
  }
  doParagraph(pStart, body.length);
  return out;
}
