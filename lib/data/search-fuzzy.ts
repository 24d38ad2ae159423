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

async function closestHeldWords(db: Queryable, stems: string[]): Promise<string[]> {
  const lexemes = lexemesOf(stems);
  if (lexemes.every((l) => l.length < FUZZY.minLength)) return [];
  const held = await db.$queryRaw<unknown[]>`SELECT 1 FROM "Article" WHERE "searchVector" @@ to_tsquery('simple', ${anyOf(lexemes)}) LIMIT 1`;
  if (held.length) return [];
  const word = stems[0]!;
  const rows = await db.$queryRaw<Array<{ term: string }>>`
    SELECT term FROM "SearchTerm" WHERE term % ${word} AND similarity(term, ${word}) >= ${FUZZY.similarity}
    ORDER BY similarity(term, ${word}) DESC, term LIMIT ${FUZZY.maxTerms}`;
  return rows.map((r) => r.term);
}
