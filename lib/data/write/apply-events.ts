// Stores a grouping of all coverage (lib/events groupCoverage) in one transaction: events by their
// stable slug, which article belongs to which event, and the dates grouping inferred for articles.
import type { Pool } from "pg";
import type { PlannedEvent } from "../../events";
import { EVENT_ARTICLE_COLUMNS, EVENT_COLUMNS } from "./columns";
import { inTransaction } from "./transaction";
import { unnestInsert } from "./unnest-insert";

export interface AppliedPlan {
  events: number;
  inferredDates: number;
}

export async function applyEventPlan(pool: Pool, plan: PlannedEvent[]): Promise<AppliedPlan> {
  return inTransaction(pool, async (client) => {
    const upserted = await unnestInsert(
      client,
      "Event",
      EVENT_COLUMNS,
      plan,
      `ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, kind = EXCLUDED.kind, date = EXCLUDED.date,
         "dateEnd" = EXCLUDED."dateEnd", "dateBasis" = EXCLUDED."dateBasis", place = EXCLUDED.place,
         participants = EXCLUDED.participants, "updatedAt" = EXCLUDED."updatedAt"
       RETURNING id, slug`,
    );
    const eventId = new Map(upserted.map((r) => [r.slug as string, r.id as number]));
    const members = plan.flatMap((e) => e.members.map((m) => ({ ...m, eventId: eventId.get(e.slug)!, articleId: Number(m.key) })));

    // The plan covers every article: its links replace all links.
    await client.query(`DELETE FROM "EventArticle"`);
    await unnestInsert(client, "EventArticle", EVENT_ARTICLE_COLUMNS, members);

    const inferred = members.filter((m) => m.inferredDate);
    await client.query(
      `UPDATE "Article" a SET "publishedAt" = u.d, "dateBasis" = 'inferred', "dateEvidence" = u.ev
       FROM unnest($1::int[], $2::date[], $3::text[]) AS u(id, d, ev)
       WHERE a.id = u.id AND a."dateBasis" IN ('unknown', 'inferred')`,
      [inferred.map((m) => m.articleId), inferred.map((m) => m.inferredDate), inferred.map((m) => m.inferredEvidence)],
    );
    // An inference that no longer holds is withdrawn; the reason the article stays undated replaces it.
    const undated = members.filter((m) => !m.inferredDate && m.undatedReason);
    await client.query(
      `UPDATE "Article" a SET "publishedAt" = NULL, "dateBasis" = 'unknown', "dateEvidence" = u.reason
       FROM unnest($1::int[], $2::text[]) AS u(id, reason)
       WHERE a.id = u.id AND a."dateBasis" IN ('unknown', 'inferred')`,
      [undated.map((m) => m.articleId), undated.map((m) => m.undatedReason)],
    );
    await client.query(`DELETE FROM "Event" WHERE NOT (slug = ANY($1))`, [plan.map((e) => e.slug)]);
    // Caches of views derived from events (lib/data/versioned-cache.ts) are stale from here on.
    await client.query(`INSERT INTO "DataVersion" (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = "DataVersion".version + 1`);
    return { events: plan.length, inferredDates: inferred.length };
  });
}
