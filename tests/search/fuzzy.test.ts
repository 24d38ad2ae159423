// Trigram widening (lib/data/search-fuzzy.ts) against the search corpus in a real PostgreSQL: triggers
// keep SearchTerm, a misspelt word that matches nothing finds the articles of the closest held word with a
// note saying so, and a word found as typed (or a name the gazetteers know) is never widened.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { parseSearchParams } from "../../lib/params/search";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadFiles(t.database, listInputFiles([path.resolve(import.meta.dirname, "corpus")]));
  process.env.DATABASE_URL = t.url;
});
afterAll(async () => {
  const { database } = await import("../../lib/data/client");
  await database().close();
  await t.drop();
});

async function run(q: string) {
  const { search } = await import("../../lib/data/search");
  const parsed = parseSearchParams(new URLSearchParams({ q, pageSize: "50" }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return search(parsed.value);
}
const widenedNote = (r: Awaited<ReturnType<typeof run>>) => r.messages.find((m) => m.code === "widened");

describe("trigram widening of unknown words", () => {
  it("keeps every indexed word of four letters or more in SearchTerm", async () => {
    const { rows } = await t.database.pool.query<{ missing: number }>(`
      SELECT count(*)::int AS missing FROM (
        SELECT DISTINCT w FROM "Article", regexp_split_to_table("searchBody", '\\s+') w WHERE length(w) >= 4 AND w ~ '^[ء-ي]+$'
      ) words WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" s WHERE s.term = words.w)`);
    expect(rows[0]!.missing).toBe(0);
    expect(await t.db.searchTerm.count()).toBeGreaterThan(100);
  });

  it("a misspelt word that matches nothing finds the articles of the closest held word, and says so", async () => {
    // Held words of six letters or more, misspelt by changing one inner letter into one no held word has there.
    const { rows } = await t.database.pool.query<{ term: string }>(`SELECT term FROM "SearchTerm" WHERE length(term) >= 6 ORDER BY term LIMIT 40`);
    let [tried, checked] = [0, 0];
    for (const { term } of rows) {
      const typo = `${term.slice(0, 3)}${term[3] === "ث" ? "ذ" : "ث"}${term.slice(4)}`;
      if ((await t.database.pool.query(`SELECT 1 FROM "SearchTerm" WHERE term = $1`, [typo])).rowCount) continue;
      const r = await run(typo);
      tried++;
      if (!widenedNote(r)) continue; // a typo may stem to a shorter word than its source; few do
      expect(r.hits.length, typo).toBeGreaterThan(0);
      const ids = r.hits.map((h) => h.articleId);
      const holding = await t.database.pool.query<{ id: number }>(`SELECT id FROM "Article" WHERE id = ANY($1::int[]) AND "searchVector" @@ to_tsquery('simple', $2)`, [
        ids,
        `'${term}'`,
      ]);
      expect(widenedNote(r)!.message, typo).toContain(term);
      // Every hit holds the word the typo was widened to, or another word as close.
      expect(holding.rowCount, `${typo} -> ${term}`).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(checked / tried).toBeGreaterThanOrEqual(0.8);
  });

  it("never widens a word found as typed, nor a name the gazetteers know", async () => {
    for (const q of ["كيري", "لافروف", "كيربي", "Kerry"]) expect(widenedNote(await run(q)), q).toBeUndefined();
  });

  it("a word with nothing close finds nothing and does not fail", async () => {
    const r = await run("ظظظظظظظ");
    expect(r.hits).toHaveLength(0);
    expect(widenedNote(r)).toBeUndefined();
  });
});
