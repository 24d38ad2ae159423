import "server-only";
import { cache } from "react";
import { db } from "./client";
import { Prisma } from "../generated/prisma/client";
import type { DateBasis } from "../enums/date-basis";
import type { EventKind } from "../enums/event-kind";
import type { OutletType } from "../enums/outlet-type";
import type { TimelineFilters } from "../params/timeline";
import { eventFields } from "./dates";
import { andCoverage, coverageSql, filtersKey, fromKey, UNKNOWN_COUNTRY, whereOf, type TimelineScope } from "./timeline-where";
import { versionedCache } from "./versioned-cache";

export { foldSql, type TimelineScope } from "./timeline-where";

/** An outlet as the timeline names it: its Arabic name and, from the registry, its country and type. */
export interface OutletRefView {
  id: string;
  nameAr: string;
  /** ISO 3166-1 alpha-2, null when not known. */
  country: string | null;
  type: OutletType;
  /** False for an outlet made from an unknown host name, whose name and country nobody has checked. */
  verified: boolean;
}

export interface TimelineArticle {
  id: number;
  title: string;
  outlet: OutletRefView | null;
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
  /** The reference chronology entry (data/chronology.json) the event is, and the storyline of its round. */
  chronologyId: string | null;
  storyline: string | null;
  articles: TimelineArticle[];
}

export interface TimelineFacets {
  participants: Array<{ id: string; nameAr: string; events: number }>;
  outlets: Array<{ id: string; nameAr: string; events: number; articles: number }>;
  kinds: Array<{ kind: EventKind; events: number }>;
  months: Array<{ month: string; events: number; articles: number }>;
  /** Articles per outlet country (ZZ: not known) and per outlet type, over the filtered coverage. */
  countries: Array<{ country: string; articles: number }>;
  outletTypes: Array<{ type: OutletType; articles: number }>;
  /** Where the events took place (as named on the events). */
  places: Array<{ place: string; events: number }>;
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


const byCount = <T extends { events: number }>(a: T, b: T) => b.events - a.events;

/** Facets and counts of the whole filtered set, aggregated in PostgreSQL (GROUP BY), never by loading events. */
async function facetsOf(f: TimelineFilters, where: Prisma.Sql): Promise<{ facets: TimelineFacets; counts: Timeline["counts"] }> {
  // With an outlet, country or outlet type chosen, only that coverage counts.
  const coverage = andCoverage(f);
  const outletJoin = coverageSql(f) ? Prisma.sql`JOIN "Article" a ON a.id = ea."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"` : Prisma.empty;
  const [byEvent, byPerson, byOutlet, byMonth, total, outletNames, byOrigin, byPlace] = await Promise.all([
    db().$queryRaw<Array<{ g: number; m: string | null; k: EventKind | null; events: number }>>(Prisma.sql`
      SELECT GROUPING(m, k)::int AS g, m, k, count(*)::int AS events
      FROM (SELECT to_char(e.date, 'YYYY-MM') AS m, e.kind::text AS k FROM "Event" e WHERE ${where}) x
      GROUP BY GROUPING SETS ((), (m), (k))`),
    db().$queryRaw<Array<{ id: string; nameAr: string | null; events: number }>>(Prisma.sql`
      SELECT p.id, min(pe."nameAr") AS "nameAr", count(*)::int AS events
      FROM "Event" e CROSS JOIN LATERAL unnest(e.participants) AS p(id) LEFT JOIN "Person" pe ON pe.id = p.id
      WHERE ${where} GROUP BY p.id`),
    // Coverage in queries run side by side on separate connections; the article table is read
    // only where an outlet is needed. Distinct counts, because an article may cover several events.
    db().$queryRaw<Array<{ o: string; events: number; articles: number }>>(Prisma.sql`
      WITH x AS MATERIALIZED (
        SELECT a."outletId" AS o, ea."eventId" AS ev, ea."articleId" AS aid
        FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id JOIN "Article" a ON a.id = ea."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
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
    // Articles by the country and by the type of their outlet (an article without an outlet: not known).
    db().$queryRaw<Array<{ g: number; c: string | null; t: OutletType | null; articles: number }>>(Prisma.sql`
      SELECT GROUPING(c, t)::int AS g, c, t, count(*)::int AS articles FROM (
        SELECT DISTINCT ea."articleId", coalesce(o.country, ${UNKNOWN_COUNTRY}) AS c, coalesce(o.type::text, 'unknown') AS t
        FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id JOIN "Article" a ON a.id = ea."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
        WHERE ${where} ${coverage}) d
      GROUP BY GROUPING SETS ((c), (t))`),
    db().$queryRaw<Array<{ place: string; events: number }>>(Prisma.sql`
      SELECT e.place, count(*)::int AS events FROM "Event" e WHERE ${where} AND e.place IS NOT NULL GROUP BY e.place`),
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
      countries: byOrigin
        .filter((r) => r.g === 1 && r.c)
        .map((r) => ({ country: r.c!, articles: r.articles }))
        .sort((a, b) => b.articles - a.articles || a.country.localeCompare(b.country)),
      outletTypes: byOrigin
        .filter((r) => r.g === 2 && r.t)
        .map((r) => ({ type: r.t!, articles: r.articles }))
        .sort((a, b) => b.articles - a.articles || a.type.localeCompare(b.type)),
      places: byPlace.sort((a, b) => byCount(a, b) || a.place.localeCompare(b.place, "ar")),
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

interface EventRow {
  id: number;
  slug: string;
  title: string;
  kind: EventKind;
  date: Date | null;
  dateEnd: Date | null;
  dateBasis: DateBasis;
  place: string | null;
  participants: string[];
  chronologyId: string | null;
  storyline: string | null;
  /** In publication order, undated last (as `byPublication`); publishedAt as YYYY-MM-DD. */
  articles: Array<Omit<TimelineArticle, "outletName">>;
}

/**
 * The page's events with their coverage (only the chosen coverage when an outlet, country or outlet type
 * is chosen) in one statement: the articles come aggregated per event, ordered by PostgreSQL, instead of
 * a query per relation and a sort per event in JavaScript.
 */
async function eventsOf(f: TimelineFilters, ids: number[]): Promise<TimelineEvent[]> {
  if (ids.length === 0) return [];
  const [rows, persons] = await Promise.all([
    db().$queryRaw<EventRow[]>(Prisma.sql`
      SELECT e.id, e.slug, e.title, e.kind, e.date, e."dateEnd", e."dateBasis", e.place, e.participants, e."chronologyId", e.storyline,
        coalesce((
          SELECT json_agg(json_build_object(
              'id', a.id, 'title', a.title, 'publishedAt', a."publishedAt", 'dateBasis', a."dateBasis", 'sourceFile', a."sourceFile",
              'outlet', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'nameAr', o."nameAr", 'country', o.country, 'type', o.type, 'verified', o.verified) END)
            ORDER BY a."publishedAt" ASC NULLS LAST, a.id ASC)
          FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
          WHERE ea."eventId" = e.id ${andCoverage(f)}
        ), '[]'::json) AS articles
      FROM "Event" e
      WHERE e.id = ANY(${ids}::int[])`),
    db().person.findMany({ select: { id: true, nameAr: true } }),
  ]);
  const people = new Map(persons.map((p) => [p.id, p.nameAr]));
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!)
    .map(
      (e): TimelineEvent => ({
        ...eventFields(e),
        participants: e.participants.map((id) => ({ id, nameAr: people.get(id) ?? id })),
        chronologyId: e.chronologyId,
        storyline: e.storyline,
        articles: e.articles.map((a) => ({
          id: a.id,
          title: a.title,
          outlet: a.outlet,
          outletName: a.outlet?.nameAr ?? null,
          publishedAt: a.publishedAt,
          dateBasis: a.dateBasis,
          sourceFile: a.sourceFile,
        })),
      }),
    );
}

// Facets read every event–article link (about 230 ms at 100k articles): kept until the events change.
// They do not depend on the sort, so both orders share one entry.
const storedFacets = versionedCache(async (key: string) => {
  const { filters, scope } = fromKey(key);
  return facetsOf(filters, await whereOf(filters, scope));
});

/** Counts and facets of a filtered set: shared by the page, its metadata and its preview image. */
const summaryOf = cache(async (key: string) => {
  const { filters, scope } = fromKey(key);
  return storedFacets(filtersKey({ ...filters, sort: "asc" }, scope));
});

const timelineOf = cache(async (key: string, fKey: string): Promise<Timeline> => {
  const { paging } = JSON.parse(key) as { paging: TimelinePaging | null };
  const { filters: f, scope } = fromKey(fKey);
  const [{ facets, counts }, ids] = await Promise.all([summaryOf(fKey), whereOf(f, scope).then((where) => pageIds(f, where, paging))]);
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

/**
 * Events matching the filters, dated ones in date order (`sort`), undated ones kept apart and never given a date.
 * With `paging`, only that page of events (undated ones come after every dated one, so on the last pages);
 * counts and facets always describe the whole filtered set.
 */
export function getTimeline(filters: TimelineFilters, paging?: TimelinePaging, scope: TimelineScope = "talks"): Promise<Timeline> {
  const page = JSON.stringify({ paging: paging ? { page: paging.page, pageSize: paging.pageSize } : null });
  return timelineOf(page, filtersKey(filters, scope));
}

/** Only the counts and facets of the filtered set: no events are read. */
export function getTimelineSummary(filters: TimelineFilters, scope: TimelineScope = "talks"): Promise<Pick<Timeline, "counts" | "facets">> {
  return summaryOf(filtersKey(filters, scope));
}
