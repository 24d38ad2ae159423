import type { PrismaClient } from "../generated/prisma/client";

/** Events left with no coverage after articles moved (e.g. a corrected date changed their event). */
export async function removeEmptyEvents(db: PrismaClient): Promise<number> {
  const { count } = await db.event.deleteMany({ where: { articles: { none: {} } } });
  return count;
}
