// The comparison key of a short line or phrase: folded Arabic, lower case, punctuation dropped.
// "الإسم *" and "الاسم" share a key; © and @ survive because they carry meaning in page footers.
import { foldForMatch } from "./normalize";

const NOT_KEPT = /[^\p{L}\p{N}©@\s]+/gu;

export function phraseKey(s: string): string {
  return foldForMatch(s).replace(NOT_KEPT, " ").replace(/\s+/g, " ").trim();
}
