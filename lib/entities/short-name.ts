// How a title or a reason names a person: the shortest listed spelling that ends the full name (كيري for
// جون كيري, ظريف for محمد جواد ظريف, دي ميستورا for ستافان دي ميستورا); else the full name.
import { foldForMatch } from "../arabic/normalize";
import type { PersonEntry } from "./schemas";

export function shortNameOf(p: Pick<PersonEntry, "nameAr" | "variants" | "shortForms">): string {
  const full = foldForMatch(p.nameAr);
  const tails = [...p.variants, ...p.shortForms].filter((v) => full.endsWith(` ${foldForMatch(v)}`));
  return tails.reduce<string | null>((a, b) => (a === null || b.length < a.length ? b : a), null) ?? p.nameAr;
}
