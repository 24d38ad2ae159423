// Stores groupings of coverage (lib/events): events by their stable slug, which article belongs to
// which event, and the dates grouping inferred for articles. `applyEventPlan` replaces everything with
// a full recompute; `applyEventChanges` rewrites only the events an incremental assignment touched.
// Either runs in one transaction and bumps DataVersion, which keys caches of derived views.
import type { PlannedEvent } from "../../events";
import type { Database } from "../client";
import { inTransaction, type Tx } from "../transaction";
import { arrayConstant } from "./array-literal";
import { EVENT_ARTICLE_COLUMNS, EVENT_COLUMNS } from "./columns";
import { unnestInsert } from "./unnest-insert";

export interface AppliedPlan {
  events: number;
  inferredDates: number;
}

/** A full plan rewrites every event and link: seconds at 100,000 articles, more on a busy machine. */
const PLAN_TIMEOUT_MS = 600_000;

export async function applyEventPlan(database: Database, plan: PlannedEvent[]): Promise<AppliedPlan> {
  return inTransaction(
    database.prisma,
    async (tx) => {
      // The plan covers every article: its links replace all links.
      await tx.$executeRaw`DELETE FROM "EventArticle"`;
      const inferredDates = await writeEvents(tx, plan);
      await tx.$executeRaw`DELETE FROM "Event" WHERE NOT (slug = ANY(${arrayConstant(plan.map((e) => e.slug), "text[]")}))`;
      await bumpVersion(tx);
      return { events: plan.length, inferredDates };
    },
    { timeoutMs: PLAN_TIMEOUT_MS },
  );
}

/** Writes `events` (their members leave whatever event held them) and deletes the `removed` slugs and any event left empty. */
export async function applyEventChanges(database: Database, events: PlannedEvent[], removed: string[]): Promise<AppliedPlan> {
  return inTransaction(database.prisma, async (tx) => {
    const articleIds = events.flatMap((e) => e.members.map((m) => Number(m.key)));
    const left = await tx.$queryRaw<Array<{ eventId: number }>>`DELETE FROM "EventArticle" WHERE "articleId" = ANY(${articleIds}::int[]) RETURNING "eventId"`;
    const inferredDates = await writeEvents(tx, events);
    const kept = events.map((e) => e.slug);
    await tx.$executeRaw`DELETE FROM "Event" WHERE slug = ANY(${removed}::text[]) AND NOT (slug = ANY(${kept}::text[]))`;
    // Only the events those articles left can have become empty.
    const emptied = [...new Set(left.map((r) => r.eventId))];
    await tx.$executeRaw`DELETE FROM "Event" e WHERE e.id = ANY(${emptied}::int[]) AND NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = e.id)`;
    await bumpVersion(tx);
    return { events: events.length, inferredDates };
  });
}

/** Upserts the events, links their members, and stores or withdraws inferred dates. Returns how many dates were inferred. */
async function writeEvents(tx: Tx, plan: PlannedEvent[]): Promise<number> {
  const upserted = await unnestInsert(
    tx,
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
  await unnestInsert(tx, "EventArticle", EVENT_ARTICLE_COLUMNS, members);

  const inferred = members.filter((m) => m.inferredDate);
  await tx.$executeRaw`
    UPDATE "Article" a SET "publishedAt" = u.d, "dateBasis" = 'inferred', "dateEvidence" = u.ev
    FROM unnest(${arrayConstant(inferred.map((m) => m.articleId), "int[]")}, ${arrayConstant(inferred.map((m) => m.inferredDate), "date[]")},
                ${arrayConstant(inferred.map((m) => m.inferredEvidence), "text[]")}) AS u(id, d, ev)
    WHERE a.id = u.id AND a."dateBasis" IN ('unknown', 'inferred')`;
  // An inference that no longer holds is withdrawn; the reason the article stays undated replaces it.
  const undated = members.filter((m) => !m.inferredDate && m.undatedReason);
  await tx.$executeRaw`
    UPDATE "Article" a SET "publishedAt" = NULL, "dateBasis" = 'unknown', "dateEvidence" = u.reason
    FROM unnest(${arrayConstant(undated.map((m) => m.articleId), "int[]")}, ${arrayConstant(undated.map((m) => m.undatedReason), "text[]")}) AS u(id, reason)
    WHERE a.id = u.id AND a."dateBasis" IN ('unknown', 'inferred')`;
  return inferred.length;
}

// Caches of views derived from events (lib/data/versioned-cache.ts) are stale from here on.
async function bumpVersion(tx: Tx) {
  await tx.$executeRaw`INSERT INTO "DataVersion" (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = "DataVersion".version + 1`;
}
