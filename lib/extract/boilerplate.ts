// Matches lines against the editable phrase lists (data/boilerplate-phrases.json). Compiled once per
// config: whole-line phrases into a Map, start/anywhere phrases into one regex per reason.
import { phraseKey } from "../arabic/phrase-key";
import type { BoilerplateConfig } from "../entities/schemas";

export interface BoilerplateMatcher {
  /** The reason code of the first rule the line meets, or null. `words` is the line's word count. */
  match(key: string, words: number): string | null;
  /** Whether lines with this reason close the article (see endsArticle in the phrase file). */
  endsArticle(reason: string): boolean;
}

interface Rule {
  reason: string;
  re: RegExp;
  maxWords: number;
}

// Shorter phrases ("اخر تحديث") glued to a word read as other words ("اخر تحديثات").
const MIN_GLUED_CHARS = 10;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function rules(groups: Record<string, string[]>, anchored: boolean, limits: Record<string, number>, fallback: number): Rule[] {
  return Object.entries(groups).map(([reason, phrases]) => {
    const keys = phrases
      .map(phraseKey)
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const alt = keys.map(escape).join("|");
    // Phrases must end on a word boundary: "شارك برأيك" must not match "شاركت". A line-opening phrase of
    // two words or more may be glued to what follows (a scrape that dropped the space between widgets).
    const glued = anchored ? keys.filter((k) => k.includes(" ") && k.length >= MIN_GLUED_CHARS).map(escape) : [];
    const bounded = `(?:${alt})(?:\\s|$)`;
    const src = anchored ? `^(?:${bounded}${glued.length ? `|(?:${glued.join("|")})` : ""})` : `(?:^|\\s)${bounded}`;
    return { reason, re: new RegExp(src, "u"), maxWords: limits[reason] ?? fallback };
  });
}

const cache = new WeakMap<BoilerplateConfig, BoilerplateMatcher>();

export function compileBoilerplate(config: BoilerplateConfig): BoilerplateMatcher {
  const hit = cache.get(config);
  if (hit) return hit;
  const exact = new Map<string, string>();
  for (const [reason, phrases] of Object.entries(config.line)) {
    for (const p of phrases) if (!exact.has(phraseKey(p))) exact.set(phraseKey(p), reason);
  }
  // A key longer than every listed line cannot be one: body paragraphs skip hashing their whole text.
  const longestExact = Math.max(0, ...[...exact.keys()].map((k) => k.length));
  const limits = config.maxWords;
  const ordered = [...rules(config.start, true, limits, limits.start ?? 40), ...rules(config.anywhere, false, limits, limits.anywhere ?? 25)];
  const closing = new Set(config.endsArticle);
  const matcher: BoilerplateMatcher = {
    endsArticle: (reason) => closing.has(reason),
    match(key, words) {
      if (!key) return null;
      const reason = key.length <= longestExact ? exact.get(key) : undefined;
      if (reason) return reason;
      for (const r of ordered) if (words <= r.maxWords && r.re.test(key)) return r.reason;
      return null;
    },
  };
  cache.set(config, matcher);
  return matcher;
}
