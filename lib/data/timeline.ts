import "server-only";
import { cache } from "react";
import { db } from "./client";
import { Prisma } from "../generated/prisma/client";
import type { DateBasis } from "../enums/date-basis";
import type { EventKind } from "../enums/event-kind";
import { endOf, startOf } from "../params/dates";
import { searchKey, type TimelineFilters } from "../params/timeline";
import { eventFields, isoDate, byPublication } from "./dates";
import { versionedCache } from "./versioned-cache";
import type { OutletLabel } from "../display/outlet";

export interface TimelineArticle {
  id: number;
  title: string;
  /** With its country and whether the registry lists it (an outlet made from an unlisted host does not). */
  outlet: ({ id: string } & OutletLabel) | null;
  /** The outlet's Arabic name, kept for the event cards. */
  outletName: string | null;
  publishedAt: string | null; // YYYY-MM-DD
  dateBasis: DateBasis;
  sourceFile: string;
}

export interface TimelineEvent {
  slug: string;
  title: string;
  kind: EventKind;
  date: string | null; // YYYY-MM-DD
  dateEnd: string | null;
  dateBasis: DateBasis;
  place: string | null;
  participants: Array<{ id: string; nameAr: string }>;
  articles: TimelineArticle[];
}

export interface TimelineFacets {
  participants: Array<{ id: string; nameAr: string; events: number }>;
  outlets: Array<{ id: string; nameAr: string; events: number; articles: number }>;
  kinds: Array<{ kind: EventKind; events: number }>;
  months: Array<{ month: string; events: number; articles: number }>;
}

export interface Timeline {
  /** The events of the requested page (every event without paging), split by whether they have a date. */
  dated: TimelineEvent[];
  undated: TimelineEvent[];
  /** After filtering, over the whole filtered set (never just the page): events, and distinct articles among them. */
  counts: { events: number; articles: number };
  /** Over the whole filtered set, like `counts`. */
  facets: TimelineFacets;
  /** Which slice `dated` and `undated` are: 1-based page, its size, and how many pages the filtered set fills. */
  paging: { page: number; pageSize: number; pages: number };
}

/** A page of events in the timeline's order (dated by date and id, then undated by id); omitted: every event. */
export interface TimelinePaging {
  page: number;
  pageSize: number;
}


// Titles folded in SQL as lib/arabic folds them in code: marks and tatweel dropped, alef forms, ى/ی, ة, ک, digits.
export const foldSql = (column: Prisma.Sql) =>
  Prisma.sql`translate(lower(regexp_replace(${column}, '[\u064B-\u065F\u0670\u0640\u200B-\u200F]', '', 'g')), 'أإآٱىیةک٠١٢٣٤٥٦٧٨٩', 'ااااييهك0123456789')`;

/** Ids of events whose title, or one of whose articles' titles, contains `q` (titles only: never bodies). */
async function eventIdsMatching(q: string): Promise<number[]> {
  const pattern = `%${searchKey(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db().$queryRaw<Array<{ id: number }>>(Prisma.sql`
    SELECT e.id FROM "Event" e WHERE ${foldSql(Prisma.sql`e.title`)} LIKE ${pattern}
    UNION
    SELECT ea."eventId" FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId"
    WHERE ${foldSql(Prisma.sql`a.title`)} LIKE ${pattern}`);
  return rows.map((r) => Number(r.id));
}

/** The filters as a SQL condition on "Event" e; `q` is matched once beforehand (`matching`). */
function whereSql(f: TimelineFilters, matching: number[] | null): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.participants.length) and.push(Prisma.sql`e.participants @> ARRAY[${Prisma.join(f.participants)}]::text[]`);
  if (f.kind) and.push(Prisma.sql`e.kind = ${f.kind}::"EventKind"`);
  if (f.place) and.push(Prisma.sql`e.place = ${f.place}`);
  if (f.outlet)
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId" WHERE ea."eventId" = e.id AND a."outletId" = ${f.outlet})`);
  // A date range keeps the events that overlap it; undated events have nothing to compare and drop out.
  if (f.to) and.push(Prisma.sql`e.date <= ${endOf(f.to)}::date`);
  if (f.from) {
    const from = startOf(f.from);
    and.push(Prisma.sql`(e."dateEnd" >= ${from}::date OR (e."dateEnd" IS NULL AND e.date >= ${from}::date))`);
  }
  if (matching) and.push(matching.length ? Prisma.sql`e.id = ANY(${matching}::int[])` : Prisma.sql`FALSE`);
  return Prisma.join(and, " AND ");
}

const byCount = <T extends { events: number }>(a: T, b: T) => b.events - a.events;

/** Facets and counts of the whole filtered set, aggregated in PostgreSQL (GROUP BY), never by loading events. */
async function facetsOf(f: TimelineFilters, where: Prisma.Sql): Promise<{ facets: TimelineFacets; counts: Timeline["counts"] }> {
  // With an outlet chosen, only that outlet's coverage counts.
  const coverage = f.outlet ? Prisma.sql`AND a."outletId" = ${f.outlet}` : Prisma.empty;
  const outletJoin = f.outlet ? Prisma.sql`JOIN "Article" a ON a.id = ea."articleId"` : Prisma.empty;
  const [byEvent, byPerson, byOutlet, byMonth, total, outletNames] = await Promise.all([
    db().$queryRaw<Array<{ g: number; m: string | null; k: EventKind | null; events: number }>>(Prisma.sql`
      SELECT GROUPING(m, k)::int AS g, m, k, count(*)::int AS events
      FROM (SELECT to_char(e.date, 'YYYY-MM') AS m, e.kind::text AS k FROM "Event" e WHERE ${where}) x
      GROUP BY GROUPING SETS ((), (m), (k))`),
    db().$queryRaw<Array<{ id: string; nameAr: string | null; events: number }>>(Prisma.sql`
      SELECT p.id, min(pe."nameAr") AS "nameAr", count(*)::int AS events
      FROM "Event" e CROSS JOIN LATERAL unnest(e.participants) AS p(id) LEFT JOIN "Person" pe ON pe.id = p.id
      WHERE ${where} GROUP BY p.id`),
    // Coverage in three queries run side by side on separate connections; the article table is read
    // only where an outlet is needed. Distinct counts, because an article may cover several events.
    db().$queryRaw<Array<{ o: string; events: number; articles: number }>>(Prisma.sql`
      WITH x AS MATERIALIZED (
        SELECT a."outletId" AS o, ea."eventId" AS ev, ea."articleId" AS aid
        FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id JOIN "Article" a ON a.id = ea."articleId"
        WHERE ${where} ${coverage} AND a."outletId" IS NOT NULL)
      SELECT o, ev.n AS events, ar.n AS articles
      FROM (SELECT o, count(*)::int AS n FROM (SELECT DISTINCT o, ev FROM x) d GROUP BY o) ev
      JOIN (SELECT o, count(*)::int AS n FROM (SELECT DISTINCT o, aid FROM x) d GROUP BY o) ar USING (o)`),
    db().$queryRaw<Array<{ m: string; articles: number }>>(Prisma.sql`
      SELECT m, count(*)::int AS articles FROM (
        SELECT DISTINCT to_char(e.date, 'YYYY-MM') AS m, ea."articleId"
        FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id ${outletJoin}
        WHERE ${where} ${coverage} AND e.date IS NOT NULL) d
      GROUP BY m`),
    db().$queryRaw<Array<{ articles: number }>>(Prisma.sql`
      SELECT count(*)::int AS articles FROM (
        SELECT DISTINCT ea."articleId"
        FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id ${outletJoin}
        WHERE ${where} ${coverage}) d`),
    db().outlet.findMany({ select: { id: true, nameAr: true } }),
  ]);
  const names = new Map(outletNames.map((o) => [o.id, o.nameAr]));
  const monthArticles = new Map(byMonth.map((r) => [r.m, r.articles]));
  return {
    counts: { events: byEvent.find((r) => r.g === 3)?.events ?? 0, articles: total[0]?.articles ?? 0 },
    facets: {
      participants: byPerson
        .map((p) => ({ id: p.id, nameAr: p.nameAr ?? p.id, events: p.events }))
        .sort((a, b) => byCount(a, b) || a.id.localeCompare(b.id)),
      outlets: byOutlet
        .map((r) => ({ id: r.o, nameAr: names.get(r.o) ?? r.o, events: r.events, articles: r.articles }))
        .sort((a, b) => byCount(a, b) || a.id.localeCompare(b.id)),
      kinds: byEvent
        .filter((r) => r.g === 2 && r.k)
        .map((r) => ({ kind: r.k!, events: r.events }))
        .sort((a, b) => byCount(a, b) || a.kind.localeCompare(b.kind)),
      months: byEvent
        .filter((r) => r.g === 1 && r.m)
        .map((r) => ({ month: r.m!, events: r.events, articles: monthArticles.get(r.m!) ?? 0 }))
        .sort((a, b) => a.month.localeCompare(b.month)),
    },
  };
}

/** Ids of the page's events in timeline order: dated by (date, id) in `sort` order, then undated by id. */
async function pageIds(f: TimelineFilters, where: Prisma.Sql, paging: TimelinePaging | null): Promise<number[]> {
  const order = f.sort === "desc" ? Prisma.sql`e.date DESC NULLS LAST, e.id DESC` : Prisma.sql`e.date ASC NULLS LAST, e.id ASC`;
  const limit = paging ? Prisma.sql`LIMIT ${paging.pageSize} OFFSET ${(paging.page - 1) * paging.pageSize}` : Prisma.empty;
  const rows = await db().$queryRaw<Array<{ id: number }>>(Prisma.sql`SELECT e.id FROM "Event" e WHERE ${where} ORDER BY ${order} ${limit}`);
  return rows.map((r) => Number(r.id));
}

async function eventsOf(f: TimelineFilters, ids: number[]): Promise<TimelineEvent[]> {
  if (ids.length === 0) return [];
  const [events, persons] = await Promise.all([
    db().event.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        date: true,
        dateEnd: true,
        dateBasis: true,
        place: true,
        participants: true,
        articles: {
          // With an outlet chosen, an event shows only that outlet's coverage of it.
          where: f.outlet ? { article: { outletId: f.outlet } } : undefined,
          select: {
            article: {
              select: {
                id: true,
                title: true,
                publishedAt: true,
                dateBasis: true,
                sourceFile: true,
                outlet: { select: { id: true, nameAr: true, country: true, verified: true } },
              },
            },
          },
        },
      },
    }),
    db().person.findMany({ select: { id: true, nameAr: true } }),
  ]);
  const people = new Map(persons.map((p) => [p.id, p.nameAr]));
  const position = new Map(ids.map((id, i) => [id, i]));
  return events
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!)
    .map(
      (e): TimelineEvent => ({
        ...eventFields(e),
        participants: e.participants.map((id) => ({ id, nameAr: people.get(id) ?? id })),
        // Coverage in publication order, undated last.
        articles: e.articles
          .map(({ article }) => article)
          .sort(byPublication)
          .map((a) => ({
            id: a.id,
            title: a.title,
            outlet: a.outlet,
            outletName: a.outlet?.nameAr ?? null,
            publishedAt: isoDate(a.publishedAt),
            dateBasis: a.dateBasis,
            sourceFile: a.sourceFile,
          })),
      }),
    );
}

// React's cache() compares arguments by identity: every cached read below is keyed on a string.
const matchingOf = cache(eventIdsMatching);

const whereOf = async (f: TimelineFilters) => whereSql(f, f.q ? await matchingOf(f.q) : null);

// Facets read every event–article link (about 230 ms at 100k articles): kept until the events change.
// They do not depend on the sort, so both orders share one entry.
const storedFacets = versionedCache(async (key: string) => {
  const f = JSON.parse(key) as TimelineFilters;
  return facetsOf(f, await whereOf(f));
});

/** Counts and facets of a filtered set: shared by the page, its metadata and its preview image. */
const summaryOf = cache(async (key: string) => {
  const { sort: _sort, ...unsorted } = JSON.parse(key) as TimelineFilters;
  return storedFacets(JSON.stringify(unsorted));
});

const timelineOf = cache(async (key: string, filtersKey: string): Promise<Timeline> => {
  const { paging } = JSON.parse(key) as { paging: TimelinePaging | null };
  const f = JSON.parse(filtersKey) as TimelineFilters;
  const [{ facets, counts }, ids] = await Promise.all([summaryOf(filtersKey), whereOf(f).then((where) => pageIds(f, where, paging))]);
  const events = await eventsOf(f, ids);
  const pageSize = paging?.pageSize ?? Math.max(1, counts.events);
  return {
    dated: events.filter((e) => e.date),
    undated: events.filter((e) => !e.date),
    counts,
    facets,
    paging: { page: paging?.page ?? 1, pageSize, pages: Math.max(1, Math.ceil(counts.events / pageSize)) },
  };
});

/** Fixed key order, so equal filters share one cached read per request. */
function keyOf(filters: TimelineFilters): string {
  const { outlet, place, kind, from, to, q, sort } = filters;
  const participants = [...new Set(filters.participants)].sort();
  return JSON.stringify({ participants, outlet, place, kind, from, to, q, sort });
}

/**
 * Events matching the filters, dated ones in date order (`sort`), undated ones kept apart and never given a date.
 * With `paging`, only that page of events (undated ones come after every dated one, so on the last pages);
 * counts and facets always describe the whole filtered set.
 */
export function getTimeline(filters: TimelineFilters, paging?: TimelinePaging): Promise<Timeline> {
  const page = JSON.stringify({ paging: paging ? { page: paging.page, pageSize: paging.pageSize } : null });
  return timelineOf(page, keyOf(filters));
}

/** Only the counts and facets of the filtered set: no events are read. */
export function getTimelineSummary(filters: TimelineFilters): Promise<Pick<Timeline, "counts" | "facets">> {
  return summaryOf(keyOf(filters));
}
