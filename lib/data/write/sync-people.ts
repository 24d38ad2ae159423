// The people gazetteer (data/people.json) is the source of truth; the Person table mirrors it for joins.
import type { Database } from "../client";

export interface PersonEntry {
  id: string;
  nameAr: string;
  nameLatin: string;
  variants: string[];
}

export async function syncPeople(database: Database, people: PersonEntry[]): Promise<void> {
  const entries = JSON.stringify(people.map(({ id, nameAr, nameLatin, variants }) => ({ id, nameAr, nameLatin, variants })));
  await database.prisma.$executeRaw`
    INSERT INTO "Person" (id, "nameAr", "nameLatin", variants)
    SELECT p.id, p."nameAr", p."nameLatin", ARRAY(SELECT jsonb_array_elements_text(p.variants))
    FROM jsonb_to_recordset(${entries}::jsonb) AS p(id text, "nameAr" text, "nameLatin" text, variants jsonb)
    ON CONFLICT (id) DO UPDATE SET "nameAr" = EXCLUDED."nameAr", "nameLatin" = EXCLUDED."nameLatin", variants = EXCLUDED.variants`;
}
