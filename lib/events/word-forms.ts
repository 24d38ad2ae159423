// The forms a written word is looked up by, for cue matching and text similarity. Cues are written
// bare ("اتصال هاتفي") and must be found in "والاتصال الهاتفي"; similarity counts "والبيان" as "بيان".
import { stemForms } from "../arabic/proclitics";

// "الى" must keep its alef-lam: at least two letters stay after the article is dropped.
const dropArticle = (w: string) => (w.startsWith("ال") && w.length >= 4 ? w.slice(2) : w);

/** Every lookup form of a normalised word (normalizeArabic + lower case): with and without proclitics and ال,
 * and without a possessive pronoun ("اجتماعاتهم" is found by the cue "اجتماعات", "زيارته" by "زيارة"). */
export function lookupForms(norm: string): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (!out.includes(w)) out.push(w);
  };
  for (const { form } of stemForms(norm)) {
    push(form);
    push(dropArticle(form));
    const base = withoutPronoun(form);
    if (base) push(base);
  }
  return out;
}

const PRONOUNS = ["هما", "هم", "ها", "ه"];

/**
 * The word without a possessive pronoun suffix, its stem restored: a ت before the suffix was a ة (زيارته →
 * زياره, as normalised), an ئ a final ء (لقائهما → لقاء). Null when no suffix, or when too little would remain
 * for the word to be a noun that took one (اتجاه is not اتجا + ه).
 */
function withoutPronoun(w: string): string | null {
  const suffix = PRONOUNS.find((p) => w.endsWith(p) && w.length - p.length >= 4);
  if (!suffix) return null;
  const stem = w.slice(0, -suffix.length);
  if (stem.endsWith("ت") && !stem.endsWith("ات")) return `${stem.slice(0, -1)}ه`;
  if (stem.endsWith("ئ")) return `${stem.slice(0, -1)}ء`;
  return stem;
}

/**
 * The one key a word is counted under for similarity. Only prefixes that cannot be part of the word are
 * removed — و/ف and ب/ك/ل when the article follows them — so "والبيان", "بالبيان" and "البيان" share the
 * key "بيان", while "وزير" keeps its و (a rule stripping every leading و would part "وزير" from "ووزير").
 */
export function wordKey(norm: string): string {
  let w = norm;
  if ((w[0] === "و" || w[0] === "ف") && w.startsWith("ال", 1) && w.length >= 5) w = w.slice(1);
  if (w.startsWith("لل") && w.length >= 4) w = `ال${w.slice(2)}`;
  else if ((w[0] === "ب" || w[0] === "ك" || w[0] === "ل") && w.startsWith("ال", 1) && w.length >= 5) w = w.slice(1);
  return dropArticle(w);
}

/** How a cue word in data/event-cues.json is keyed: written bare, so only an article is dropped. */
export const cueWordKey = dropArticle;
