// The prefixes Arabic glues onto a name: و/ف (and, so), ب/ل/ك (with, for, like), and ل+ال written لل.
// Names are matched on the stem, and the prefix is left out of the quoted spelling.

export interface StemForm {
  form: string;
  /** Base letters to drop from the front of the written word to quote the stem. */
  cut: number;
}

const CONJ = new Set(["و", "ف"]);
const PREP = new Set(["ب", "ل", "ك"]);
const MIN_STEM = 3;

/** The word itself, then its possible stems without proclitics (longest stem first). */
export function stemForms(norm: string): StemForm[] {
  const forms: StemForm[] = [{ form: norm, cut: 0 }];
  let rest = norm;
  let cut = 0;
  if (CONJ.has(rest[0] ?? "") && rest.length - 1 >= MIN_STEM) {
    rest = rest.slice(1);
    cut = 1;
    forms.push({ form: rest, cut });
  }
  // لل + noun is ل + ال with the alef dropped: restore it so "للأسد" meets "الأسد". The quote keeps the word whole.
  if (rest.startsWith("لل") && rest.length - 2 >= MIN_STEM - 1) forms.push({ form: `ال${rest.slice(2)}`, cut });
  if (PREP.has(rest[0] ?? "") && rest.length - 1 >= MIN_STEM) forms.push({ form: rest.slice(1), cut: cut + 1 });
  return forms;
}
