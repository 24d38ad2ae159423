import "server-only";
// Words the gazetteers do not know and the index does not hold (a misspelt surname, an unusual
// transliteration), widened by trigram similarity (pg_trgm) to the closest words the index does hold
// (the SearchTerm table, kept by triggers on Article). Only a plain word that matches nothing as typed
// is widened: a word found as typed never is — so كيري, which the index holds, never reaches كيربي — and
// names the gazetteers know are entities, matched through their own spellings, never by similarity.
import { anyOf, lexemesOf, msg, type Clause, type ParsedQuery } from "../search/query";
import type { Tx } from "./transaction";

export const FUZZY = {
  /** Shorter stems share too many trigrams with unrelated words. */
  minLength: 4,
  /** pg_trgm similarity a held word needs to stand in for the typed one. */
  similarity: 0.4,
  /** Held words tried in place of one typed word. */
  maxTerms: 3,
} as const;

/** The Prisma client, or a transaction's. */
type Queryable = Pick<Tx, "$queryRaw">;

/** A copy of the query in which every positive word that matches nothing also matches its closest held words. */
export async function widenUnknownWords(db: Queryable, q: ParsedQuery): Promise<ParsedQuery> {
  const widened: string[] = [];
  const groups: Clause[][] = [];
  for (const group of q.groups) {
    const out: Clause[] = [];
    for (const c of group) {
      const terms = c.kind === "word" ? await closestHeldWords(db, c.stems) : [];
      if (c.kind === "word" && terms.length > 0) {
        out.push({ ...c, stems: [...c.stems, ...terms] });
        widened.push(`«${c.text}» ← ${terms.join("، ")}`);
      } else out.push(c);
    }
    groups.push(out);
  }
  if (widened.length === 0) return q;
  return { ...q, groups, messages: [...q.messages, msg("widened", widened.join("؛ "))] };
}

/**
 * Latin words no list knows come with candidate Arabic spellings (lib/arabic/latin-to-arabic.ts): keep the
 * ones the index holds; when it holds none, the held words closest to the most literal spelling.
 */
export async function resolveGuessedWords(db: Queryable, q: ParsedQuery): Promise<ParsedQuery> {
  if (!q.groups.some((g) => g.some((c) => c.kind === "word" && c.guessed))) return q;
  const groups: Clause[][] = [];
  for (const group of q.groups) {
    const out: Clause[] = [];
    for (const c of group) {
      if (c.kind !== "word" || !c.guessed) {
        out.push(c);
        continue;
      }
      const [latin, ...spellings] = c.stems;
      const rows = await db.$queryRaw<Array<{ term: string }>>`SELECT term FROM "SearchTerm" WHERE term = ANY(${spellings}::text[])`;
      const held = spellings.filter((s) => rows.some((r) => r.term === s));
      const kept = held.length > 0 ? held : spellings[0] ? await similarHeldWords(db, spellings[0]) : [];
      out.push({ ...c, stems: [latin!, ...kept] });
    }
    groups.push(out);
  }
  return { ...q, groups };
}

async function similarHeldWords(db: Queryable, word: string): Promise<string[]> {
  if (word.length < FUZZY.minLength) return [];
  const rows = await db.$queryRaw<Array<{ term: string }>>`
    SELECT term FROM "SearchTerm" WHERE term % ${word} AND similarity(term, ${word}) >= ${FUZZY.similarity}
    ORDER BY similarity(term, ${word}) DESC, term LIMIT ${FUZZY.maxTerms}`;
  return rows.map((r) => r.term);
}

async function closestHeldWords(db: Queryable, stems: string[]): Promise<string[]> {
  const lexemes = lexemesOf(stems);
  if (lexemes.every((l) => l.length < FUZZY.minLength)) return [];
  if (await isHeld(db, lexemes)) return [];
  const word = stems[0]!;
  const rows = await db.$queryRaw<Array<{ term: string }>>`
    SELECT term FROM "SearchTerm" WHERE term % ${word} AND similarity(term, ${word}) >= ${FUZZY.similarity}
    ORDER BY similarity(term, ${word}) DESC, term LIMIT ${FUZZY.maxTerms}`;
  return rows.map((r) => r.term);
}

/** The words SearchTerm keeps: Arabic letters only, four or more (its trigger in the search_terms migration). */
const KEPT_TERM = /^[ء-ي]{4,}$/;

/**
 * Whether the index holds any of these lexemes. SearchTerm answers for the words it keeps, by its primary
 * key; the articles' index only for the others (short or Latin words). Asked of the articles for every
 * word, `LIMIT 1` made the planner walk the table for a rare word it guessed common: 165 ms at 100,000
 * articles for a name four articles hold, ten times that at a million. SearchTerm is only ever added to,
 * so a word whose last article was deleted still counts as held (and is not widened).
 */
async function isHeld(db: Queryable, lexemes: string[]): Promise<boolean> {
  const kept = lexemes.filter((l) => KEPT_TERM.test(l));
  if (kept.length > 0 && (await db.$queryRaw<unknown[]>`SELECT 1 FROM "SearchTerm" WHERE term = ANY(${kept}::text[]) LIMIT 1`).length > 0) return true;
  const others = lexemes.filter((l) => !KEPT_TERM.test(l));
  if (others.length === 0) return false;
  return (await db.$queryRaw<unknown[]>`SELECT 1 FROM "Article" WHERE "searchVector" @@ to_tsquery('simple', ${anyOf(others)}) LIMIT 1`).length > 0;
}
