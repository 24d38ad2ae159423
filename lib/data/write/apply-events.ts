// Stores groupings of coverage (lib/events): events by their stable slug, which article belongs to
// which event, and the dates grouping inferred for articles. `applyEventPlan` replaces everything with
// a full recompute; `applyEventChanges` rewrites only the events an incremental assignment touched.
// Either runs in one transaction and bumps DataVersion, which keys caches of derived views.
import type { Pool, PoolClient } from "pg";
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
    // The plan covers every article: its links replace all links.
    await client.query(`DELETE FROM "EventArticle"`);
    const inferredDates = await writeEvents(client, plan);
    await client.query(`DELETE FROM "Event" WHERE NOT (slug = ANY($1))`, [plan.map((e) => e.slug)]);
    await bumpVersion(client);
    return { events: plan.length, inferredDates };
  });
}

/** Writes `events` (their members leave whatever event held them) and deletes the `removed` slugs and any event left empty. */
export async function applyEventChanges(pool: Pool, events: PlannedEvent[], removed: string[]): Promise<AppliedPlan> {
  return inTransaction(pool, async (client) => {
    const articleIds = events.flatMap((e) => e.members.map((m) => Number(m.key)));
    const left = await client.query<{ eventId: number }>(`DELETE FROM "EventArticle" WHERE "articleId" = ANY($1::int[]) RETURNING "eventId"`, [articleIds]);
    const inferredDates = await writeEvents(client, events);
    const kept = events.map((e) => e.slug);
    await client.query(`DELETE FROM "Event" WHERE slug = ANY($1) AND NOT (slug = ANY($2))`, [removed, kept]);
    // Only the events those articles left can have become empty.
    await client.query(
      `DELETE FROM "Event" e WHERE e.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = e.id)`,
      [[...new Set(left.rows.map((r) => r.eventId))]],
    );
    await bumpVersion(client);
    return { events: events.length, inferredDates };
  });
}

/** Upserts the events, links their members, and stores or withdraws inferred dates. Returns how many dates were inferred. */
async function writeEvents(client: PoolClient, plan: PlannedEvent[]): Promise<number> {
  const upserted = await unnestInsert(
    client,
    "Event",
    EVENT_COLUMNS,
    plan,
    `ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, kind = EXCLUDED.kind, date = EXCLUDED.date,
       "dateEnd" = EXCLUDED."dateEnd", "dateBasis" = EXCLUDED."dateBasis", place = EXCLUDED.place,
       participants = EXCLUDED.participants, "chronologyId" = EXCLUDED."chronologyId", storyline = EXCLUDED.storyline,
       "onTopic" = EXCLUDED."onTopic", "updatedAt" = EXCLUDED."updatedAt"
     RETURNING id, slug`,
  );
  const eventId = new Map(upserted.map((r) => [r.slug as string, r.id as number]));
  const members = plan.flatMap((e) => e.members.map((m) => ({ ...m, eventId: eventId.get(e.slug)!, articleId: Number(m.key) })));
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
  return inferred.length;
}

// Caches of views derived from events (lib/data/versioned-cache.ts) are stale from here on.
async function bumpVersion(client: PoolClient) {
  await client.query(`INSERT INTO "DataVersion" (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = "DataVersion".version + 1`);
}
