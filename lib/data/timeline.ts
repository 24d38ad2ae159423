import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { DateBasis, EventKind } from "../generated/prisma/enums";
import { endOf, searchKey, startOf, type TimelineFilters } from "../timeline/filters";

export interface TimelineArticle {
  id: number;
  title: string;
  outlet: { id: string; nameAr: string } | null;
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
  dated: TimelineEvent[];
  undated: TimelineEvent[];
  /** After filtering: events, and distinct articles among them. */
  counts: { events: number; articles: number };
  facets: TimelineFacets;
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

// Titles folded in SQL as lib/arabic folds them in code: marks and tatweel dropped, alef forms, ى/ی, ة, ک, digits.
const foldSql = (column: Prisma.Sql) =>
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

async function whereOf(f: TimelineFilters): Promise<Prisma.EventWhereInput> {
  const and: Prisma.EventWhereInput[] = [];
  if (f.participants.length) and.push({ participants: { hasEvery: f.participants } });
  if (f.kind) and.push({ kind: f.kind });
  if (f.place) and.push({ place: f.place });
  if (f.outlet) and.push({ articles: { some: { article: { outletId: f.outlet } } } });
  // A date range keeps the events that overlap it; undated events have nothing to compare and drop out.
  if (f.to) and.push({ date: { lte: day(endOf(f.to)) } });
  if (f.from) {
    const from = day(startOf(f.from));
    and.push({ OR: [{ dateEnd: { gte: from } }, { dateEnd: null, date: { gte: from } }] });
  }
  if (f.q) and.push({ id: { in: await eventIdsMatching(f.q) } });
  return { AND: and };
}

function facetsOf(events: TimelineEvent[]): TimelineFacets {
  const bump = <K, V>(m: Map<K, V>, k: K, init: () => V, f: (v: V) => void) => {
    if (!m.has(k)) m.set(k, init());
    f(m.get(k)!);
  };
  const people = new Map<string, { id: string; nameAr: string; events: number }>();
  const outlets = new Map<string, { id: string; nameAr: string; events: Set<string>; articles: Set<number> }>();
  const kinds = new Map<EventKind, { kind: EventKind; events: number }>();
  const months = new Map<string, { month: string; events: number; articles: Set<number> }>();
  for (const e of events) {
    for (const p of e.participants) bump(people, p.id, () => ({ ...p, events: 0 }), (v) => v.events++);
    bump(kinds, e.kind, () => ({ kind: e.kind, events: 0 }), (v) => v.events++);
    if (e.date) {
      bump(months, e.date.slice(0, 7), () => ({ month: e.date!.slice(0, 7), events: 0, articles: new Set<number>() }), (v) => {
        v.events++;
        for (const a of e.articles) v.articles.add(a.id);
      });
    }
    for (const a of e.articles) {
      if (!a.outlet) continue;
      bump(outlets, a.outlet.id, () => ({ ...a.outlet!, events: new Set<string>(), articles: new Set<number>() }), (v) => {
        v.events.add(e.slug);
        v.articles.add(a.id);
      });
    }
  }
  const byCount = <T extends { events: number }>(a: T, b: T) => b.events - a.events;
  return {
    participants: [...people.values()].sort((a, b) => byCount(a, b) || a.id.localeCompare(b.id)),
    outlets: [...outlets.values()]
      .map((o) => ({ id: o.id, nameAr: o.nameAr, events: o.events.size, articles: o.articles.size }))
      .sort((a, b) => byCount(a, b) || a.id.localeCompare(b.id)),
    kinds: [...kinds.values()].sort((a, b) => byCount(a, b) || a.kind.localeCompare(b.kind)),
    months: [...months.values()].map((m) => ({ month: m.month, events: m.events, articles: m.articles.size })).sort((a, b) => a.month.localeCompare(b.month)),
  };
}

// React's cache() compares arguments by identity: key it on a string.
const timelineOf = cache(async (key: string): Promise<Timeline> => {
  const f = JSON.parse(key) as TimelineFilters;
  const events = await db().event.findMany({
    where: await whereOf(f),
    orderBy: [{ date: { sort: f.sort, nulls: "last" } }, { id: f.sort }],
    select: {
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
            select: { id: true, title: true, publishedAt: true, dateBasis: true, sourceFile: true, outlet: { select: { id: true, nameAr: true } } },
          },
        },
      },
    },
  });
  const ids = [...new Set(events.flatMap((e) => e.participants))];
  const people = new Map((await db().person.findMany({ where: { id: { in: ids } }, select: { id: true, nameAr: true } })).map((p) => [p.id, p.nameAr]));
  const shaped = events.map(
    (e): TimelineEvent => ({
      slug: e.slug,
      title: e.title,
      kind: e.kind,
      date: iso(e.date),
      dateEnd: iso(e.dateEnd),
      dateBasis: e.dateBasis,
      place: e.place,
      participants: e.participants.map((id) => ({ id, nameAr: people.get(id) ?? id })),
      // Coverage in publication order, undated last.
      articles: e.articles
        .map(({ article }) => article)
        .sort((a, b) => (iso(a.publishedAt) ?? "9999").localeCompare(iso(b.publishedAt) ?? "9999") || a.id - b.id)
        .map((a) => ({
          id: a.id,
          title: a.title,
          outlet: a.outlet,
          outletName: a.outlet?.nameAr ?? null,
          publishedAt: iso(a.publishedAt),
          dateBasis: a.dateBasis,
          sourceFile: a.sourceFile,
        })),
    }),
  );
  return {
    dated: shaped.filter((e) => e.date),
    undated: shaped.filter((e) => !e.date),
    counts: { events: shaped.length, articles: new Set(shaped.flatMap((e) => e.articles.map((a) => a.id))).size },
    facets: facetsOf(shaped),
  };
});

/** Events matching the filters, dated ones in date order (`sort`), undated ones kept apart and never given a date. */
export function getTimeline(filters: TimelineFilters): Promise<Timeline> {
  // Fixed key order, so equal filters share one cached read per request.
  const { outlet, place, kind, from, to, q, sort } = filters;
  const participants = [...new Set(filters.participants)].sort();
  return timelineOf(JSON.stringify({ participants, outlet, place, kind, from, to, q, sort }));
}
