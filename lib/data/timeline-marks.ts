import "server-only";
// Every dated event of a filtered timeline as the axis draws it: day, kind, coverage count, storyline, and
// the country and type most of its (counted) coverage comes from. One aggregate query, kept until the
// events change (lib/data/versioned-cache.ts): the axis needs the whole set to lay out any window.
import { cache } from "react";
import { db } from "./client";
import { Prisma } from "../generated/prisma/client";
import type { AxisEvent } from "../display/axis/marks";
import type { EventKind } from "../enums/event-kind";
import type { TimelineFilters } from "../params/timeline";
import { isoDate } from "./dates";
import { andCoverage, filtersKey, fromKey, whereOf, type TimelineScope } from "./timeline-where";
import { versionedCache } from "./versioned-cache";

export interface TimelineMarks {
  events: AxisEvent[];
  /** First and last day any event covers (null: no dated event). */
  first: string | null;
  last: string | null;
}

async function marksOf(f: TimelineFilters, scope: TimelineScope): Promise<TimelineMarks> {
  const where = await whereOf(f, scope);
  const rows = await db().$queryRaw<
    Array<{ slug: string; title: string; kind: EventKind; date: Date; dateEnd: Date | null; storyline: string | null; articles: number; country: string | null; type: string | null }>
  >(Prisma.sql`
    SELECT e.slug, e.title, e.kind, e.date, e."dateEnd", e.storyline, count(a.id)::int AS articles,
      mode() WITHIN GROUP (ORDER BY o.country) AS country,
      mode() WITHIN GROUP (ORDER BY o.type::text) FILTER (WHERE o.type <> 'unknown') AS type
    FROM "Event" e
    LEFT JOIN "EventArticle" ea ON ea."eventId" = e.id
    LEFT JOIN "Article" a ON a.id = ea."articleId"
    LEFT JOIN "Outlet" o ON o.id = a."outletId"
    WHERE ${where} AND e.date IS NOT NULL ${andCoverage(f)}
    GROUP BY e.id
    ORDER BY e.date, e.id`);
  const events = rows.map(
    (r): AxisEvent => ({
      slug: r.slug,
      title: r.title,
      kind: r.kind,
      date: isoDate(r.date)!,
      dateEnd: isoDate(r.dateEnd),
      articles: r.articles,
      storyline: r.storyline,
      country: r.country,
      outletType: r.type,
    }),
  );
  const first = events[0]?.date ?? null;
  const last = events.reduce<string | null>((m, e) => (m === null || (e.dateEnd ?? e.date) > m ? (e.dateEnd ?? e.date) : m), null);
  return { events, first, last };
}

// The brush (from/to) and the order do not change what the axis draws: one entry serves them all.
const stored = versionedCache(async (key: string) => {
  const { filters, scope } = fromKey(key);
  return marksOf(filters, scope);
});

const marksByKey = cache((key: string) => stored(key));

/** The axis's events for `filters`, ignoring the date range (the axis draws it as the brush) and the sort. */
export function getTimelineMarks(filters: TimelineFilters, scope: TimelineScope = "talks"): Promise<TimelineMarks> {
  const { from: _from, to: _to, ...rest } = filters;
  return marksByKey(filtersKey({ ...rest, sort: "asc" }, scope));
}
