import "server-only";
// Coverage over time: the filtered timeline's articles (by their publication day) per day, week or month,
// split by outlet, outlet country or outlet type, over a stretch of days. Aggregated in PostgreSQL and kept
// until the events change; the chart (lib/display/axis/coverage-chart.ts), the JSON API and the CSV read it.
import { cache } from "react";
import { db } from "./client";
import { Prisma } from "../generated/prisma/client";
import type { CoverageBin } from "../display/axis/coverage-chart";
import { addDays } from "../display/axis/view-window";
import type { CoverageBinUnit, CoverageStack, TimelineFilters } from "../params/timeline";
import { isoDate } from "./dates";
import { andCoverage, filtersKey, fromKey, UNKNOWN_COUNTRY, whereOf, type TimelineScope } from "./timeline-where";
import { versionedCache } from "./versioned-cache";

export interface Coverage {
  unit: CoverageBinUnit;
  stack: CoverageStack;
  /** The days asked for, inclusive. */
  from: string;
  to: string;
  /** Bins that hold articles, in time order; `counts` by series key ("" for the total). */
  bins: CoverageBin[];
  /** Outlet ids' Arabic names (stack=outlet); countries and types are named by lib/enums. */
  outletNames: Record<string, string>;
}

const TRUNC: Record<CoverageBinUnit, string> = { day: "day", week: "week", month: "month" };

function seriesKey(stack: CoverageStack): Prisma.Sql {
  switch (stack) {
    case "outlet":
      return Prisma.sql`coalesce(a."outletId", '')`;
    case "country":
      return Prisma.sql`coalesce(o.country, ${UNKNOWN_COUNTRY})`;
    case "type":
      return Prisma.sql`coalesce(o.type::text, 'unknown')`;
    default:
      return Prisma.sql`''`;
  }
}

/** The last day of the bin that starts on `start`. */
function binEnd(unit: CoverageBinUnit, start: string): string {
  if (unit === "day") return start;
  if (unit === "week") return addDays(start, 6);
  const [y, m] = start.split("-").map(Number) as [number, number];
  return isoDate(new Date(Date.UTC(y, m, 0)))!;
}

async function coverageOf(f: TimelineFilters, scope: TimelineScope, unit: CoverageBinUnit, stack: CoverageStack, from: string, to: string): Promise<Coverage> {
  const where = await whereOf(f, scope);
  const [rows, outlets] = await Promise.all([
    db().$queryRaw<Array<{ b: Date; k: string; n: number }>>(Prisma.sql`
      SELECT date_trunc(${TRUNC[unit]}, a."publishedAt")::date AS b, ${seriesKey(stack)} AS k, count(DISTINCT a.id)::int AS n
      FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id JOIN "Article" a ON a.id = ea."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
      WHERE ${where} ${andCoverage(f)} AND a."publishedAt" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2 ORDER BY 1, 2`),
    stack === "outlet" ? db().outlet.findMany({ select: { id: true, nameAr: true } }) : Promise.resolve([]),
  ]);
  const bins = new Map<string, CoverageBin>();
  for (const r of rows) {
    const start = isoDate(r.b)!;
    const bin = bins.get(start) ?? { start, end: binEnd(unit, start), counts: {} };
    bin.counts[r.k] = r.n;
    bins.set(start, bin);
  }
  return { unit, stack, from, to, bins: [...bins.values()], outletNames: Object.fromEntries(outlets.map((o) => [o.id, o.nameAr])) };
}

const stored = versionedCache(
  async (key: string) => {
    const { unit, stack, from, to, filters } = JSON.parse(key) as { unit: CoverageBinUnit; stack: CoverageStack; from: string; to: string; filters: string };
    const { filters: f, scope } = fromKey(filters);
    return coverageOf(f, scope, unit, stack, from, to);
  },
  { maxEntries: 128 },
);

const byKey = cache((key: string) => stored(key));

/**
 * Articles of the filtered timeline published from `from` to `to`, per `unit`, split by `stack`. The
 * date range of the filters is left out: the chart shows it as the brush over the whole stretch.
 */
export function getCoverage(filters: TimelineFilters, options: { unit: CoverageBinUnit; stack: CoverageStack; from: string; to: string }, scope: TimelineScope = "talks"): Promise<Coverage> {
  const { from: _from, to: _to, ...rest } = filters;
  return byKey(JSON.stringify({ ...options, filters: filtersKey({ ...rest, sort: "asc" }, scope) }));
}
