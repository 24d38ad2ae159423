// Result snippets with the matched words marked, computed in TypeScript from the query's own stems:
// each word of the text is normalised and stemmed as the index does it, so a variant spelling (كيرى),
// a Latin query (Kerry) or an inflected form (والمحادثات) is highlighted exactly as it matched.
import { eachWord, normalizeWord } from "./normalize";
import { stem } from "./stem";
import { memoize } from "../cache";

/** A piece of snippet text; `hit` pieces are the matched words (render as <mark>, never as HTML). */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface Snippet {
  segments: SnippetSegment[];
  /** Offset of the snippet in the text it was cut from (for linking to the passage). */
  start: number;
  /** Text was left out before / after the snippet. */
  before: boolean;
  after: boolean;
}

const WINDOW_WORDS = 32;

// Folding and stemming each word of 20 bodies was about half the time of a fast search at 1,000,000
// articles; the vocabulary repeats, so the stems of the most recently read 50,000 written forms are
// remembered (one lookup per word: the form as written to its stem, "" for a word that folds to nothing).
const stemOfWritten = memoize((raw: string) => {
  const norm = normalizeWord(raw);
  return norm ? stem(norm) : "";
}, 50_000);

/** The words of `text[start, end)` as offsets, with whether each one's stem is in `stems` (no objects per word). */
function matchedWords(text: string, stems: ReadonlySet<string>, start = 0, end = text.length) {
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: boolean[] = [];
  eachWord(
    text,
    (raw, at) => {
      const s = stemOfWritten(raw);
      if (!s) return;
      starts.push(at);
      ends.push(at + raw.length);
      hits.push(stems.has(s));
    },
    start,
    end,
  );
  return { starts, ends, hits };
}

/** Marks every word of `text` whose stem is in `stems` (whole text: for titles). */
export function highlight(text: string, stems: ReadonlySet<string>): SnippetSegment[] {
  return segmentsOf(text, 0, text.length, stems);
}

/** The passage of about 32 words with the most matched words (the opening when none matches). */
export function snippet(text: string, stems: ReadonlySet<string>, windowWords = WINDOW_WORDS): Snippet {
  const { starts, ends, hits } = matchedWords(text, stems);
  if (starts.length === 0) return { segments: text ? [{ text, hit: false }] : [], start: 0, before: false, after: false };
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < starts.length; i++) {
    if (hits[i]) count++;
    if (i >= windowWords && hits[i - windowWords]) count--;
    const first = Math.max(0, i - windowWords + 1);
    if (count > bestCount) {
      bestCount = count;
      best = first;
    }
  }
  // Start a few words before the first match so it reads in context.
  const firstHit = hits.indexOf(true, best);
  const from = bestCount > 0 && firstHit >= 0 ? Math.max(0, Math.min(best, firstHit - 4)) : 0;
  const to = Math.min(starts.length, from + windowWords);
  const start = starts[from]!;
  const end = ends[to - 1]!;
  return { segments: segmentsOf(text, start, end, stems), start, before: from > 0, after: to < starts.length };
}

/** `text[start, end)` cut into matched words and the text between them, each run of white space as one space. */
function segmentsOf(text: string, start: number, end: number, stems: ReadonlySet<string>): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  const push = (t: string, hit: boolean) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev && prev.hit === hit) prev.text += t;
    else out.push({ text: t, hit });
  };
  const gap = (from: number, to: number) => push(text.slice(from, to).replace(/\s+/g, " "), false);
  const { starts, ends, hits } = matchedWords(text, stems, start, end);
  let last = start;
  for (let i = 0; i < starts.length; i++) {
    if (!hits[i]) continue;
    gap(last, starts[i]!);
    push(text.slice(starts[i], ends[i]), true);
    last = ends[i]!;
  }
  gap(last, end);
  return out;
}
