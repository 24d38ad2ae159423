// Spellings of one name that writers treat as the same and normalisation does not fold:
// "عبد الله" / "عبدالله", "نصر الله" / "نصرالله", and the two spellings of American (أمريكي / أميركي).
import { normalizeArabic } from "../arabic/normalize";

const swapAmerican = (s: string) => s.replace(/(^|\s)(ال)?(امريك|اميرك)/g, (_, sp: string, al = "", stem: string) => `${sp}${al}${stem === "امريك" ? "اميرك" : "امريك"}`);

/** The normalised name and its equivalent spellings. */
export function spellingVariants(name: string): string[] {
  const n = normalizeArabic(name);
  const out = new Set([n]);
  out.add(n.replace(/(^|\s)عبد\s+ال/g, "$1عبدال").replace(/\sالله(?=\s|$)/g, "الله"));
  out.add(n.replace(/(^|\s)عبدال/g, "$1عبد ال"));
  for (const v of [...out]) out.add(swapAmerican(v));
  return [...out];
}
