// The text after a word up to a few words on, cut where its sentence ends: where what the word opens can
// still be (a venue after an event word, a list of delegations after «شاركت فيه»).
import type { Token } from "../arabic/tokens";

const SENTENCE_END = /[.!؟?؛\n]/u;

/** From the end of `tokens[at]` to the end of the token `reach` words on, or to the sentence's end if nearer. */
export function clauseAfter(text: string, tokens: Token[], at: number, reach: number): { from: number; text: string } {
  const from = tokens[at]!.end;
  const last = tokens[Math.min(at + reach, tokens.length - 1)]!;
  const window = text.slice(from, last.end);
  const stop = window.search(SENTENCE_END);
  return { from, text: stop >= 0 ? window.slice(0, stop) : window };
}
