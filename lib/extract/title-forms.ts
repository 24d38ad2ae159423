// The shapes a headline takes in scraped pages: alone, printed twice on one line with or without a space,
// or joined to the outlet's name ("Outlet - Title", "Title | Outlet").
import { phraseKey } from "../arabic/phrase-key";

export interface TitleForm {
  text: string;
  key: string;
  /** What stood beside the headline on the same line, e.g. the outlet name, a section, a date. */
  affixes: string[];
}

const SEPARATOR = /\s[-–—|]\s|\s?[|]\s?|\s::\s|\s[-–—]$|^[-–—]\s/u;
const MAX_PARTS = 5;
const EDGE = /^[\s\-–—|:]+|[\s\-–—|:]+$/gu;

/** "AB" -> "A" when the line is one string written twice (glued or with a space). */
export function undouble(text: string): string | null {
  const n = text.length;
  if (n < 8) return null;
  if (n % 2 === 0 && text.slice(0, n / 2) === text.slice(n / 2)) return text.slice(0, n / 2);
  const mid = (n - 1) / 2;
  if (n % 2 === 1 && text[mid] === " " && text.slice(0, mid) === text.slice(mid + 1)) return text.slice(0, mid);
  return null;
}

/** Every headline candidate one line offers; the first is the whole line (`key`: its phraseKey, when the caller has it). */
export function titleForms(text: string, key: string = phraseKey(text)): TitleForm[] {
  const forms: TitleForm[] = [{ text, key, affixes: [] }];
  const half = undouble(text);
  if (half) forms.push({ text: half, key: phraseKey(half), affixes: [] });
  // "Title | Section | Outlet | date" (DW) has several parts; each may be the headline.
  const parts = text
    .split(SEPARATOR)
    .map((p) => p.replace(EDGE, ""))
    .filter(Boolean);
  if (parts.length >= 2 && parts.length <= MAX_PARTS) {
    parts.forEach((p, k) => forms.push({ text: p, key: phraseKey(p), affixes: parts.filter((_, j) => j !== k) }));
  } else if (parts.length === 1 && parts[0] !== text) {
    forms.push({ text: parts[0]!, key: phraseKey(parts[0]!), affixes: [] });
  }
  return forms.filter((f) => f.key.length > 0);
}
