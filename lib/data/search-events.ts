import "server-only";
// Timeline events matching a query (lib/search/event-match.ts), listed above the articles. The events are
// few (about one per ten articles) and change only when coverage is regrouped: they are read once per
// data version (lib/data/versioned-cache.ts) with their coverage counts, and matched in memory.
import { db } from "./client";
import { indexEvent, matchEvents, type IndexedEvent } from "../search/event-match";
import type { ParsedQuery } from "../search/query";
import { loadGazetteers } from "../entities/gazetteers";
import { normalizeText } from "../search/normalize";
import { versionedCache } from "./versioned-cache";
import type { EventKind } from "../enums/event-kind";

export interface EventHit {
  slug: string;
  title: string;
  kind: EventKind;
  /** YYYY-MM-DD, and the last day of a multi-day event. */
  date: string | null;
  dateEnd: string | null;
  place: string | null;
  /** Articles covering it. */
  articles: number;
  /** Query terms it holds, of all. */
  matched: number;
  of: number;
}

const indexedEvents = versionedCache(async (): Promise<{ events: IndexedEvent[]; kinds: Map<string, EventKind> }> => {
  const rows = await db().$queryRawUnsafe<Array<{
    slug: string; title: string; kind: EventKind; date: string | null; dateEnd: string | null; place: string | null;
    participants: string[]; chronologyId: string | null; articles: number;
  }>>(
    // Every on-topic event, once per data version (the event-index comment marks it for the plan test): coverage
    // counted through EventArticle's primary key (eventId first), one index range per event.
    `SELECT /* event-index */ e.slug, e.title, e.kind::text AS kind, to_char(e.date, 'YYYY-MM-DD') AS date, to_char(e."dateEnd", 'YYYY-MM-DD') AS "dateEnd", e.place, e.participants, e."chronologyId",
       (SELECT count(*)::int FROM "EventArticle" ea WHERE ea."eventId" = e.id) AS articles
     FROM "Event" e WHERE e."onTopic"`,
  );
  // Place names as events store them → gazetteer ids, so a place's Latin name or any spelling finds them.
  const places = new Map<string, string>();
  for (const p of loadGazetteers().places) for (const name of [p.nameAr, ...p.variants]) places.set(normalizeText(name), p.id);
  const placeIds = new Map(rows.flatMap((r) => (r.place && places.has(normalizeText(r.place)) ? [[r.place, places.get(normalizeText(r.place))!] as const] : [])));
  const events = rows.map((r) =>
    indexEvent(
      { slug: r.slug, title: r.title, date: r.date, dateEnd: r.dateEnd, place: r.place, participants: r.participants, chronologyId: r.chronologyId, articles: r.articles },
      placeIds,
    ),
  );
  return { events, kinds: new Map(rows.map((r) => [r.slug, r.kind])) };
});

export async function searchEvents(q: ParsedQuery): Promise<EventHit[]> {
  const { events, kinds } = await indexedEvents("all");
  return matchEvents(events, q).map((m) => ({
    slug: m.event.slug,
    title: m.event.title,
    kind: kinds.get(m.event.slug) ?? "other",
    date: m.event.date,
    dateEnd: m.event.dateEnd,
    place: m.event.place,
    articles: m.event.articles,
    matched: m.matched,
    of: m.of,
  }));
}
