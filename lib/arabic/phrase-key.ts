// The comparison key of a short line or phrase: folded Arabic, lower case, punctuation dropped.
// "الإسم *" and "الاسم" share a key; © and @ survive because they carry meaning in page footers.
import { normalizeArabic } from "./normalize";

const NOT_KEPT = /[^\p{L}\p{N}©@\s]+/gu;

export function phraseKey(s: string): string {
  // normalizeArabic drops invisible marks; punctuation and every kind of space become one space.
  return normalizeArabic(s).toLowerCase().replace(NOT_KEPT, " ").replace(/\s+/g, " ").trim();
}
