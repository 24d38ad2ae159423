// The people gazetteer (data/people.json) is the source of truth; the Person table mirrors it for joins.
import type { PrismaClient } from "../generated/prisma/client";

export interface PersonEntry {
  id: string;
  nameAr: string;
  nameLatin: string;
  variants: string[];
}

export async function syncPeople(db: PrismaClient, people: PersonEntry[]): Promise<void> {
  await db.$transaction(
    people.map(({ id, nameAr, nameLatin, variants }) =>
      db.person.upsert({ where: { id }, create: { id, nameAr, nameLatin, variants }, update: { nameAr, nameLatin, variants } }),
    ),
  );
}
