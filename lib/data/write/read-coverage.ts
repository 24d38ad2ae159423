// Every article as the event grouping sees it. Inferred dates are read as unknown: they are
// the grouping's own output and are worked out again each time.
import type { Database } from "../client";
import type { DateClues } from "../../extract/types";
import type { DateBasis } from "../../enums/date-basis";

export interface CoverageRow {
  key: string; // article id
  title: string;
  /** The lead photo's caption: it may name who the story is about. */
  caption: string | null;
  body: string;
  publishedAt: string | null;
  dateBasis: DateBasis;
  dateEvidence: string | null;
  outlet: { id: string; nameAr: string } | null;
  people: string[];
  places: string[];
  datelineCity: string | null;
  dateClues?: DateClues;
  /** The editor's verdict when there is one, else the classifier's. */
  onTopic: boolean;
}

/** Every article, or only the given ones. */
export async function readCoverage(database: Database, ids?: number[]): Promise<CoverageRow[]> {
  const rows = await database.prisma.$queryRaw<Array<Omit<CoverageRow, "dateClues"> & { dateClues: DateClues | null }>>`
    SELECT a.id::text AS key, a.title, a.caption, a.body,
           CASE WHEN a."dateBasis" = 'inferred' THEN NULL ELSE to_char(a."publishedAt", 'YYYY-MM-DD') END AS "publishedAt",
           CASE WHEN a."dateBasis" = 'inferred' THEN 'unknown' ELSE a."dateBasis"::text END AS "dateBasis",
           CASE WHEN a."dateBasis" = 'inferred' THEN NULL ELSE a."dateEvidence" END AS "dateEvidence",
           CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'nameAr', o."nameAr") END AS outlet,
           ARRAY(SELECT m."personId" FROM "PersonMention" m WHERE m."articleId" = a.id ORDER BY m.count DESC, m."personId") AS people,
           ARRAY(SELECT e."entityId" FROM "EntityMention" e WHERE e."articleId" = a.id AND e.kind = 'place' ORDER BY e.count DESC, e."entityId") AS places,
           a."datelineCity",
           a."dateClues",
           COALESCE(a."topicOverride", a."onTopic") AS "onTopic"
    FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId"
    WHERE ${ids ?? null}::int[] IS NULL OR a.id = ANY(${ids ?? null}::int[])
    ORDER BY a.id`;
  return rows.map((r) => ({ ...r, dateClues: r.dateClues ?? undefined }));
}
