import "server-only";
// The timeline's filters as SQL, shared by its list, facets, axis marks and coverage chart. Two parts:
// which events (`whereSql`, on "Event" e) and, when an outlet, country or outlet type is chosen, which of
// their coverage counts (`coverageSql`, on "Article" a LEFT JOIN "Outlet" o): an event stays when some of
// its coverage matches, and only that coverage is counted or shown.
import { cache } from "react";
import { db } from "./client";
import { Prisma } from "../generated/prisma/client";
import { endOf, startOf } from "../params/dates";
import { searchKey, type TimelineFilters } from "../params/timeline";

/**
 * Which events a view holds: the talks timeline (on-topic events), or the off-topic events that coverage
 * loaded alongside was grouped into (for a view of their own; the talks timeline never shows them).
 */
export type TimelineScope = "talks" | "off-topic";

/** The country code that stands for "not known" (an outlet without a country, or an article without an outlet). */
export const UNKNOWN_COUNTRY = "ZZ";

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

// React's cache() compares arguments by identity: keyed on the query string.
const matchingOf = cache(eventIdsMatching);

/** The coverage condition on "Article" a and "Outlet" o, or null when every article of an event counts. */
export function coverageSql(f: TimelineFilters): Prisma.Sql | null {
  const and: Prisma.Sql[] = [];
  if (f.outlet) and.push(Prisma.sql`a."outletId" = ${f.outlet}`);
  if (f.countries?.length) and.push(Prisma.sql`coalesce(o.country, ${UNKNOWN_COUNTRY}) = ANY(${f.countries}::text[])`);
  if (f.outletTypes?.length) and.push(Prisma.sql`coalesce(o.type::text, 'unknown') = ANY(${f.outletTypes}::text[])`);
  return and.length ? Prisma.join(and, " AND ") : null;
}

/** `AND <coverage>` for a query that joins "Article" a and "Outlet" o, or nothing. */
export function andCoverage(f: TimelineFilters): Prisma.Sql {
  const c = coverageSql(f);
  return c ? Prisma.sql`AND ${c}` : Prisma.empty;
}

/** The filters as a SQL condition on "Event" e; `matching` are the ids `q` matched (null: no `q`). */
export function whereSql(f: TimelineFilters, matching: number[] | null, scope: TimelineScope = "talks"): Prisma.Sql {
  const and: Prisma.Sql[] = [scope === "talks" ? Prisma.sql`e."onTopic"` : Prisma.sql`NOT e."onTopic"`];
  if (f.participants.length) and.push(Prisma.sql`e.participants @> ARRAY[${Prisma.join(f.participants)}]::text[]`);
  if (f.kind) and.push(Prisma.sql`e.kind = ${f.kind}::"EventKind"`);
  if (f.place) and.push(Prisma.sql`e.place = ${f.place}`);
  const coverage = coverageSql(f);
  if (coverage)
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
      WHERE ea."eventId" = e.id AND ${coverage})`);
  // A date range keeps the events that overlap it; undated events have nothing to compare and drop out.
  if (f.to) and.push(Prisma.sql`e.date <= ${endOf(f.to)}::date`);
  if (f.from) {
    const from = startOf(f.from);
    and.push(Prisma.sql`(e."dateEnd" >= ${from}::date OR (e."dateEnd" IS NULL AND e.date >= ${from}::date))`);
  }
  if (matching) and.push(matching.length ? Prisma.sql`e.id = ANY(${matching}::int[])` : Prisma.sql`FALSE`);
  return Prisma.join(and, " AND ");
}

/** The filters' condition, with `q` matched once per request. */
export const whereOf = async (f: TimelineFilters, scope: TimelineScope = "talks"): Promise<Prisma.Sql> => whereSql(f, f.q ? await matchingOf(f.q) : null, scope);

/** Fixed key order, so equal filters share one cached read (per request, and per data version). */
export function filtersKey(filters: TimelineFilters, scope: TimelineScope = "talks"): string {
  const { outlet, place, kind, from, to, q, sort } = filters;
  const participants = [...new Set(filters.participants)].sort();
  const countries = [...new Set(filters.countries ?? [])].sort();
  const outletTypes = [...new Set(filters.outletTypes ?? [])].sort();
  return JSON.stringify({ participants, outlet, place, kind, from, to, q, sort, countries, outletTypes, scope });
}

/** The filters and scope of a key written by `filtersKey`. */
export function fromKey(key: string): { filters: TimelineFilters; scope: TimelineScope } {
  const { scope, countries, outletTypes, ...rest } = JSON.parse(key) as TimelineFilters & { scope: TimelineScope; countries: string[]; outletTypes: string[] };
  const filters: TimelineFilters = { ...rest };
  if (countries.length) filters.countries = countries;
  if (outletTypes.length) filters.outletTypes = outletTypes as TimelineFilters["outletTypes"];
  return { filters, scope };
}
