import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import type { DateBasis, EventKind } from "../generated/prisma/enums";

export interface TimelineArticle {
  id: number;
  title: string;
  outletName: string | null;
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

export interface Timeline {
  dated: TimelineEvent[];
  undated: TimelineEvent[];
}

/** All events in date order; events with no established date are kept apart, never given one. */
export const getTimeline = cache(async (): Promise<Timeline> => {
  const events = await db().event.findMany({
    orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    include: {
      articles: {
        include: { article: { select: { id: true, title: true, publishedAt: true, outlet: { select: { nameAr: true } } } } },
      },
    },
  });
  const people = new Map((await db().person.findMany({ select: { id: true, nameAr: true } })).map((p) => [p.id, p.nameAr]));
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
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
        .map((a) => ({ id: a.id, title: a.title, outletName: a.outlet?.nameAr ?? null })),
    }),
  );
  return { dated: shaped.filter((e) => e.date), undated: shaped.filter((e) => !e.date) };
});
