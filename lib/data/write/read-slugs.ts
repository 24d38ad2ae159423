// Stored event slugs a new slug could collide with (lib/load/assign-new.ts keeps slugs unique).
import type { Database } from "../client";

/** `slug` itself and every `slug-…` already stored. */
export async function slugsLike(database: Database, slug: string): Promise<string[]> {
  const rows = await database.prisma.event.findMany({ where: { OR: [{ slug }, { slug: { startsWith: `${slug}-` } }] }, select: { slug: true } });
  return rows.map((r) => r.slug);
}
