// The same article text is scanned for people, places, organisations, titles and quotations: tokenize it
// once. A few recent texts are kept (tokens are never mutated), so the cache stays small and invisible.
import { stemForms, type StemForm } from "../arabic/proclitics";
import { tokenize, type Token } from "../arabic/tokens";
import { memoize } from "../cache";

export const tokensOf: (text: string) => Token[] = memoize(tokenize, 8);

/** A word's stem forms, remembered for the 200,000 words most recently met across texts. */
const formsOf = memoize(stemForms, 200_000);
// Per token list (tokens are never mutated): kept as long as the list itself is.
const perText = new WeakMap<Token[], StemForm[][]>();

/** stemForms of every token, computed once per token list and remembered per word across texts. */
export function stemsOf(tokens: Token[]): StemForm[][] {
  let stems = perText.get(tokens);
  if (!stems) perText.set(tokens, (stems = tokens.map((t) => formsOf(t.norm))));
  return stems;
}
