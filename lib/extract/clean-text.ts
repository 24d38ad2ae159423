// Normalisation for storage that a reader cannot see: line ends, NBSP, invisible zero-width and bidi
// control characters. ZWNJ/ZWJ stay (they change how letters join); nothing else is touched.
const LINE_ENDS = /\r\n?/g;
// U+200B zero-width space, U+2060 word joiner, U+FEFF (a BOM inside text), U+200E/U+200F marks,
// U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates.
const INVISIBLE = /[\u200B\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ANY = /[\r\u00A0\u200B\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function normalizeStoredText(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(LINE_ENDS, "\n")
    .replace(/\u00A0/g, " ")
    .replace(INVISIBLE, "");
}
