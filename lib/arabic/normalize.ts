// Arabic text folding for matching and comparison. Every function is pure and idempotent;
// none of them is meant for display: output text keeps the writer's spelling.

// Bidi marks and zero-width joiners are invisible in the page but split words for a regex.
const INVISIBLE = /[\u200B-\u200F\u061C\u2066-\u2069\u202A-\u202E\uFEFF]/g;
// Teh marbuta is written as ه by many writers; only at a word's end, where it can occur.
const TEH_MARBUTA_END = /\u0629(?![\p{L}\p{M}])/gu;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to 0-9. */
export function westernDigits(s: string): string {
  return s.replace(EASTERN_DIGIT, (d) => String((d.charCodeAt(0) & 0x0f) % 10));
}

/** NBSP and every other space run to one ASCII space, trimmed. Invisible marks removed. */
export function normalizeSpace(s: string): string {
  return s.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

// One pass for every character-level fold: marks, tatweel and invisibles removed, letters mapped.
const FOLD_CHARS =
  /[\u200B-\u200F\u061C\u2066-\u2069\u202A-\u202E\uFEFF\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u0622\u0623\u0625\u0671\u0672\u0673\u0649\u06CC\u06A9\u0660-\u0669\u06F0-\u06F9]/g;
const NEEDS_FOLD = new RegExp(FOLD_CHARS.source);
const foldChar = (c: string): string => {
  const code = c.charCodeAt(0);
  if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) return String((code & 0x0f) % 10);
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || (code >= 0x0671 && code <= 0x0673)) return "\u0627";
  if (code === 0x0649 || code === 0x06cc) return "\u064A";
  if (code === 0x06a9) return "\u0643";
  return ""; // marks, tatweel, invisible controls
};

// FOLD_CHARS as a table per UTF-16 unit (all of them are single units): 0 keeps the unit, -1 drops it,
// anything else is the code it becomes. Lines and words are folded by the hundred per article; a
// table walk costs a fraction of a replace that calls foldChar for every hamza and mark.
const FOLD_UNIT = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (NEEDS_FOLD.test(ch)) FOLD_UNIT[c] = foldChar(ch).charCodeAt(0) || -1;
}

/** s.replace(FOLD_CHARS, foldChar), copying the untouched stretches whole. */
function foldUnits(s: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const to = FOLD_UNIT[s.charCodeAt(i)]!;
    if (to === 0) continue;
    out += s.slice(last, i);
    if (to > 0) out += String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Folds spelling variation that does not change a word: hamza on alef, ى/ي, final ة/ه, marks, tatweel, digits. */
export function normalizeArabic(s: string): string {
  const folded = foldUnits(s);
  return folded.includes("\u0629") ? folded.replace(TEH_MARBUTA_END, "\u0647") : folded;
}

/** The key two strings are compared by: normalised Arabic, lower-case Latin, single spaces. */
export function foldForMatch(s: string): string {
  return normalizeSpace(normalizeArabic(s).toLowerCase());
}

const CHARWISE: Record<string, string> = {
  "\u0622": "\u0627",
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0671": "\u0627",
  "\u0649": "\u064A",
  "\u06CC": "\u064A",
  "\u0629": "\u0647",
  "\u06A9": "\u0643",
  "\u00A0": " ",
};
const CHARWISE_RE = /[\u0622\u0623\u0625\u0671\u0649\u06CC\u0629\u06A9\u00A0\u0660-\u0669\u06F0-\u06F9A-Z]/;
// CHARWISE_RE as a table per UTF-16 unit (0: kept as is; else the code it becomes): date and clue scans
// fold every line and the whole body, where a replace would call back for every ة.
const CHARWISE_UNIT = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (CHARWISE_RE.test(ch)) CHARWISE_UNIT[c] = foldCharwiseUnit(ch).charCodeAt(0);
}

/**
 * A fold that keeps every character in place (same length, same offsets), so a regex match on the
 * folded string can quote the original text. Marks and tatweel stay; they are rare in dates and names of months.
 */
export function foldCharwise(s: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const to = CHARWISE_UNIT[s.charCodeAt(i)]!;
    if (to === 0) continue;
    out += s.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

function foldCharwiseUnit(c: string): string {
  const mapped = CHARWISE[c];
  if (mapped) return mapped;
  const code = c.charCodeAt(0);
  if (code < 128) return c.toLowerCase();
  return String((code & 0x0f) % 10);
}
