// The people gazetteer (data/people.json) is the source of truth; the Person table mirrors it for joins.
// A person first stored as discovered (lib/extract/discover-people.ts) and later listed is no longer discovered.
import type { Pool } from "pg";

export interface PersonEntry {
  id: string;
  nameAr: string;
  nameLatin: string;
  variants: string[];
}

export async function syncPeople(pool: Pool, people: PersonEntry[]): Promise<void> {
  await pool.query(
    `INSERT INTO "Person" (id, "nameAr", "nameLatin", variants)
     SELECT p.id, p."nameAr", p."nameLatin", ARRAY(SELECT jsonb_array_elements_text(p.variants))
     FROM jsonb_to_recordset($1::jsonb) AS p(id text, "nameAr" text, "nameLatin" text, variants jsonb)
     ON CONFLICT (id) DO UPDATE SET "nameAr" = EXCLUDED."nameAr", "nameLatin" = EXCLUDED."nameLatin", variants = EXCLUDED.variants, discovered = false`,
    [JSON.stringify(people.map(({ id, nameAr, nameLatin, variants }) => ({ id, nameAr, nameLatin, variants })))],
  );
}
