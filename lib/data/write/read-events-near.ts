// The stored events a newly loaded dated article could join (lib/load/assign-new.ts): those whose
// days, widened by the span grouping allows, contain its date. Members come back anchor first, with the
// dates grouping inferred for them, as lib/events/assign.ts expects.
import type { EventMember, PlannedEvent } from "../../events";
import type { Database } from "../client";

interface Row {
  slug: string;
  title: string;
  kind: PlannedEvent["kind"];
  date: string | null;
  dateEnd: string | null;
  dateBasis: PlannedEvent["dateBasis"];
  place: string | null;
  participants: string[];
  chronologyId: string | null;
  storyline: string | null;
  onTopic: boolean;
  members: Array<{ key: string; basis: string; date: string | null; evidence: string | null }>;
}

// Same ranking as lib/events/order.ts: earliest own date, stronger basis, then the first id.
const BASIS_RANK: Record<string, number> = { explicit: 0, editorial: 0, url: 1, inferred: 2, unknown: 3 };

/** Events within `spanDays` of `day` that have one of `people` among their participants. */
export async function readEventsNear(database: Database, day: string, spanDays: number, people: string[]): Promise<PlannedEvent[]> {
  const rows = await database.prisma.$queryRaw<Row[]>`
     SELECT e.slug, e.title, e.kind::text AS kind, to_char(e.date, 'YYYY-MM-DD') AS date, to_char(e."dateEnd", 'YYYY-MM-DD') AS "dateEnd",
            e."dateBasis"::text AS "dateBasis", e.place, e.participants, e."chronologyId", e.storyline, e."onTopic",
            json_agg(json_build_object('key', a.id::text, 'basis', a."dateBasis", 'date', to_char(a."publishedAt", 'YYYY-MM-DD'), 'evidence', a."dateEvidence")) AS members
     FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id JOIN "Article" a ON a.id = ea."articleId"
     WHERE e.date <= ${day}::date + ${spanDays}::int AND coalesce(e."dateEnd", e.date) >= ${day}::date - ${spanDays}::int AND e.participants && ${people}::text[]
     GROUP BY e.id ORDER BY e.date, e.slug`;
  return rows.map((r) => ({ ...r, placeId: null, members: ordered(r.members).map(memberOf) }));
}

function ordered(members: Row["members"]): Row["members"] {
  const own = (m: Row["members"][number]) => (m.basis === "inferred" || m.basis === "unknown" ? null : m.date);
  return [...members].sort((a, b) => {
    const [da, db] = [own(a), own(b)];
    if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
    return BASIS_RANK[a.basis]! - BASIS_RANK[b.basis]! || Number(a.key) - Number(b.key);
  });
}

function memberOf(m: Row["members"][number]): EventMember {
  if (m.basis === "inferred") return { key: m.key, inferredDate: m.date, inferredEvidence: m.evidence, undatedReason: null };
  if (m.basis === "unknown") return { key: m.key, inferredDate: null, inferredEvidence: null, undatedReason: m.evidence };
  return { key: m.key, inferredDate: null, inferredEvidence: null, undatedReason: null };
}
