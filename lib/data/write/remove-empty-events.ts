import type { Pool } from "pg";

/** Events left with no coverage after articles moved (e.g. a corrected date changed their event). */
export async function removeEmptyEvents(pool: Pool): Promise<number> {
  const { rowCount } = await pool.query(
    `DELETE FROM "Event" e WHERE NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = e.id)`,
  );
  return rowCount ?? 0;
}
