// Looser forms of a query that found nothing, offered as links on the empty result page: the phrase
// as plain words, without the exclusions, any one of the words instead of all of them.
import { MAX_QUERY_LENGTH } from "../params/search";

export interface Relaxation {
  q: string;
  /** Arabic, says what changed. */
  label: string;
}

const QUOTES = /["«»“”„]/g;

export function relaxQuery(raw: string): Relaxation[] {
  const q = raw.trim().slice(0, MAX_QUERY_LENGTH);
  const out: Relaxation[] = [];
  const add = (text: string, label: string) => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t && t !== q && !out.some((r) => r.q === t)) out.push({ q: t, label });
  };
  if (QUOTES.test(q)) add(q.replace(QUOTES, " "), "الكلمات دون علامات التنصيص");
  const tokens = q.replace(QUOTES, " ").split(/\s+/).filter(Boolean);
  const kept = tokens.filter((t) => !/^[-\u2212]/.test(t));
  if (kept.length > 0 && kept.length < tokens.length) add(kept.join(" "), "دون الكلمات المستبعدة");
  const words = kept.filter((t) => t !== "OR" && t !== "|");
  if (words.length >= 2) add(words.join(" OR "), "أي كلمة منها بدل كلها");
  return out;
}

/** The words of a query worth looking up as names (syntax stripped). */
export function queryWords(raw: string): string[] {
  return raw
    .replace(QUOTES, " ")
    .split(/\s+/)
    .map((t) => t.replace(/^[-\u2212]+/, "").replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((t) => t.length >= 2 && t !== "OR");
}
