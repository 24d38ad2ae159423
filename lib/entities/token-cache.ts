// The same article text is scanned for people, places, organisations, titles and quotations: tokenize it
// once. A few recent texts are kept (tokens are never mutated), so the cache stays small and invisible.
import { stemForms, type StemForm } from "../arabic/proclitics";
import { tokenize, type Token } from "../arabic/tokens";

const RECENT = 8;
const recent = new Map<string, Token[]>();

export function tokensOf(text: string): Token[] {
  const hit = recent.get(text);
  if (hit) return hit;
  const tokens = tokenize(text);
  recent.set(text, tokens);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return tokens;
}

const FORMS_LIMIT = 200_000;
const forms = new Map<string, StemForm[]>();
const perText = new WeakMap<Token[], StemForm[][]>();

/** stemForms of every token, computed once per token list and remembered per word across texts. */
export function stemsOf(tokens: Token[]): StemForm[][] {
  let stems = perText.get(tokens);
  if (stems) return stems;
  if (forms.size >= FORMS_LIMIT) forms.clear();
  stems = tokens.map((t) => {
    let f = forms.get(t.norm);
    if (!f) {
      f = stemForms(t.norm);
      forms.set(t.norm, f);
    }
    return f;
  });
  perText.set(tokens, stems);
  return stems;
}
