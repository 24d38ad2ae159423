// Titles that stand for a person ("وزير الخارجية الروسي", "المتحدث باسم الكرملين"), found with the shared
// phrase matcher and resolved to one person by the article's date and the people the article names.
import { normalizeArabic } from "../arabic/normalize";
import type { Token } from "../arabic/tokens";
import { compilePhraseMatcher, type PhraseHit } from "./phrase-matcher";
import type { PersonEntry } from "./schemas";

export interface TitleHolder {
  personId: string;
  from: string | null;
  to: string | null;
}

/** Everyone who held one title (its normalised spelling), over time. */
export type TitleHolders = TitleHolder[];

export interface TitleIndex {
  scan(text: string, tokens?: Token[]): PhraseHit<TitleHolders>[];
}

export interface ResolveContext {
  /** The article's date (YYYY-MM-DD), when known. */
  date: string | null;
  /** People the article names. */
  named: ReadonlySet<string>;
}

const cache = new WeakMap<PersonEntry[], TitleIndex>();

export function compileTitles(people: PersonEntry[]): TitleIndex {
  const hit = cache.get(people);
  if (hit) return hit;
  const byKey = new Map<string, TitleHolders>();
  const spellings: { target: TitleHolders; text: string }[] = [];
  for (const p of people) {
    for (const t of p.titles) {
      const key = normalizeArabic(t.title);
      let holders = byKey.get(key);
      if (!holders) {
        holders = [];
        byKey.set(key, holders);
        spellings.push({ target: holders, text: t.title });
      }
      holders.push({ personId: p.id, from: t.from, to: t.to });
    }
  }
  const matcher = compilePhraseMatcher(spellings);
  const index: TitleIndex = { scan: (text, tokens) => matcher.scan(text, new Set(), tokens) };
  cache.set(people, index);
  return index;
}

const held = (h: TitleHolder, date: string) => (!h.from || h.from <= date) && (!h.to || date <= h.to);
const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The one person a title means here: the only holder on the article's date, else the only holder the
 * article names. Null when still ambiguous (الرئيس الأمريكي in an undated article naming neither).
 */
export function resolveTitle(holders: TitleHolders, ctx: ResolveContext): string | null {
  const inOffice = unique((ctx.date ? holders.filter((h) => held(h, ctx.date!)) : holders).map((h) => h.personId));
  if (inOffice.length === 1) return inOffice[0]!;
  const pool = inOffice.length > 0 ? inOffice : unique(holders.map((h) => h.personId));
  const named = pool.filter((id) => ctx.named.has(id));
  return named.length === 1 ? named[0]! : null;
}
