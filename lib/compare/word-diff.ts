// Which words differ between two near-identical sentences. jsdiff's diffArrays runs on the words
// compared by their normalised form (so الأمريكي and الامريكي are the same word); each side's segments
// are then cut from that side's own text, punctuation and spaces included, so the reader sees what
// the outlet printed.
import { diffArrays } from "diff";
import { wordsOf, type Word } from "./words";
import type { DiffSegment, WordDiff } from "./types";

export function wordDiff(a: string, b: string): WordDiff {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const changes = diffArrays(wa, wb, { comparator: (x: Word, y: Word) => x.norm === y.norm });
  const sameA: boolean[] = [];
  const sameB: boolean[] = [];
  for (const c of changes) {
    for (let k = 0; k < c.count!; k++) {
      if (!c.added) sameA.push(!c.removed);
      if (!c.removed) sameB.push(!c.added);
    }
  }
  return { a: segments(a, wa, sameA, "removed"), b: segments(b, wb, sameB, "added") };
}

/** The text cut into runs of same / differing words; the gap after a word goes with it. */
function segments(text: string, words: Word[], same: boolean[], other: "added" | "removed"): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (piece: string, kind: DiffSegment["kind"]) => {
    if (!piece) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += piece;
    else out.push({ text: piece, kind });
  };
  if (words.length === 0) {
    push(text, "same");
    return out;
  }
  push(text.slice(0, words[0]!.start), "same");
  words.forEach((w, i) => {
    const kind = same[i] ? "same" : other;
    push(text.slice(w.start, w.end), kind);
    // The gap after a word: with the word when the next one differs alike, else neutral text.
    const gapEnd = i + 1 < words.length ? words[i + 1]!.start : text.length;
    const nextKind = i + 1 < words.length ? (same[i + 1] ? "same" : other) : "same";
    push(text.slice(w.end, gapEnd), kind === other && nextKind === other ? other : "same");
  });
  return out;
}
