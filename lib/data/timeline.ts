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
  dateBasis: DateBasis;
  place: string | null;
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
        include: { article: { select: { id: true, title: true, outlet: { select: { nameAr: true } } } } },
        orderBy: { articleId: "asc" },
      },
    },
  });
  const shaped = events.map(
    (e): TimelineEvent => ({
      slug: e.slug,
      title: e.title,
      kind: e.kind,
      date: e.date ? e.date.toISOString().slice(0, 10) : null,
      dateBasis: e.dateBasis,
      place: e.place,
      articles: e.articles.map(({ article }) => ({ id: article.id, title: article.title, outletName: article.outlet?.nameAr ?? null })),
    }),
  );
  return { dated: shaped.filter((e) => e.date), undated: shaped.filter((e) => !e.date) };
});
