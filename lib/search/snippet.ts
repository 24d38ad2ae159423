// Result snippets with the matched words marked, computed in TypeScript from the query's own stems:
// each word of the text is normalised and stemmed as the index does it, so a variant spelling (كيرى),
// a Latin query (Kerry) or an inflected form (والمحادثات) is highlighted exactly as it matched.
import { searchWords } from "./normalize";
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

// Stemming each word of 20 bodies was about half the time of a fast search at 1,000,000 articles; the
// vocabulary repeats, so the stems of the most recently read 50,000 words are remembered.
const stemOf = memoize(stem, 50_000);

/** Marks every word of `text` whose stem is in `stems` (whole text: for titles). */
export function highlight(text: string, stems: ReadonlySet<string>): SnippetSegment[] {
  return segmentsOf(text, 0, text.length, stems);
}

/** The passage of about 32 words with the most matched words (the opening when none matches). */
export function snippet(text: string, stems: ReadonlySet<string>, windowWords = WINDOW_WORDS): Snippet {
  const words = searchWords(text);
  if (words.length === 0) return { segments: text ? [{ text, hit: false }] : [], start: 0, before: false, after: false };
  const hits = words.map((w) => stems.has(stemOf(w.norm)));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
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
  const to = Math.min(words.length, from + windowWords);
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  return { segments: segmentsOf(text, start, end, stems), start, before: from > 0, after: to < words.length };
}

function segmentsOf(text: string, start: number, end: number, stems: ReadonlySet<string>): SnippetSegment[] {
  const slice = text.slice(start, end).replace(/\s+/g, " ");
  const out: SnippetSegment[] = [];
  let last = 0;
  const push = (t: string, hit: boolean) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev && prev.hit === hit) prev.text += t;
    else out.push({ text: t, hit });
  };
  for (const w of searchWords(slice)) {
    if (!stems.has(stemOf(w.norm))) continue;
    push(slice.slice(last, w.start), false);
    push(w.raw, true);
    last = w.end;
  }
  push(slice.slice(last), false);
  return out;
}
