// One matcher for every gazetteer (people, places, organisations, titles): names are found as whole
// words (كيري never inside كيربي), with proclitics (و ف ب ل ك, لل) left out of the quoted spelling,
// the longest spelling at a position wins, and multi-word names never run across punctuation.
// Spellings are indexed by their first normalised word, so a scan costs one map lookup per word form.
import type { StemForm } from "../arabic/proclitics";
import { offsetAfterLetters, tokenize, type Token } from "../arabic/tokens";
import type { Guard } from "./guards";
import { spellingVariants } from "./spellings";
import { stemsOf, tokensOf } from "./token-cache";

export interface PhraseSpelling<T> {
  target: T;
  text: string;
  /** Counts only once the target was met through a full spelling in the same article (`known`). */
  short?: boolean;
  guard?: Guard;
}

export interface PhraseHit<T> {
  target: T;
  /** Token indices of the first and last word. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** As written, without a leading proclitic; spaces normalised. */
  text: string;
  /** The word is written with ل+ال as لل ("للأمم المتحدة"): quoted whole, a clean spelling is preferred. */
  glued: boolean;
}

export interface PhraseMatcher<T> {
  /**
   * `known` carries targets already met in earlier parts of the same article; it is updated. `consulted`, when
   * given, collects the targets of short spellings met before any full spelling of theirs in this text: the
   * hits were decided by what `known` held on entry for them (and for nothing else).
   */
  scan(text: string, known?: Set<T>, tokens?: Token[], consulted?: Set<T>): PhraseHit<T>[];
}

interface Compiled<T> {
  target: T;
  words: string[];
  short: boolean;
  guard: Guard | undefined;
}

export function compilePhraseMatcher<T>(spellings: PhraseSpelling<T>[]): PhraseMatcher<T> {
  const index = new Map<string, Compiled<T>[]>();
  for (const s of spellings) {
    for (const variant of spellingVariants(s.text)) {
      const words = tokenize(variant).map((t) => t.norm);
      if (words.length === 0) continue;
      const list = index.get(words[0]!) ?? [];
      list.push({ target: s.target, words, short: !!s.short, guard: s.guard });
      index.set(words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);

  return {
    scan(text, known = new Set(), tokens = tokensOf(text), consulted) {
      const hits: PhraseHit<T>[] = [];
      const stems = stemsOf(tokens);
      const metHere = consulted ? new Set<T>() : null;
      let prevLast: number | null = null;
      for (let i = 0; i < tokens.length; i++) {
        const hit = matchAt(text, tokens, stems[i]!, i, known, prevLast, consulted, metHere);
        if (!hit) continue;
        const { c, cut } = hit;
        const first = tokens[i]!;
        const lastIndex = i + c.words.length - 1;
        const last = tokens[lastIndex]!;
        const start = first.start + offsetAfterLetters(first.raw, cut);
        const glued = hit.form !== first.norm.slice(cut);
        hits.push({ target: c.target, first: i, last: lastIndex, start, end: last.end, text: text.slice(start, last.end).replace(/\s+/g, " "), glued });
        if (!c.short) {
          known.add(c.target);
          metHere?.add(c.target);
        }
        prevLast = lastIndex;
        i = lastIndex;
      }
      return hits;
    },
  };

  function matchAt(text: string, tokens: Token[], forms: StemForm[], i: number, known: Set<T>, prevLast: number | null, consulted: Set<T> | undefined, metHere: Set<T> | null) {
    for (const { form, cut } of forms) {
      const candidates = index.get(form);
      if (!candidates) continue;
      for (const c of candidates) {
        if (c.short) {
          if (consulted && !metHere!.has(c.target)) consulted.add(c.target);
          if (!known.has(c.target)) continue;
        }
        if (!continuesAt(tokens, i, c.words)) continue;
        if (c.guard && !c.guard({ text, tokens, first: i, last: i + c.words.length - 1, cut, form, prevHitLast: prevLast === i - 1 ? prevLast : null })) continue;
        return { c, cut, form };
      }
    }
    return null;
  }
}

/** The spelling's words after the first follow token i, each joined to the one before (no punctuation between). */
function continuesAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let j = 1; j < words.length; j++) {
    const t = tokens[i + j];
    if (!t || t.norm !== words[j] || !t.joined) return false;
  }
  return true;
}
