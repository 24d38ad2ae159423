import "server-only";
import { cache } from "react";
import { db } from "./client";
import type { CorrectionAction } from "../enums/correction-action";
import { isoDate } from "./dates";

export interface CorrectionView {
  id: number;
  createdAt: string; // ISO timestamp
  action: CorrectionAction;
  from: unknown;
  to: unknown;
  /** move_article, set_topic: the article moved and its title. */
  article: { id: number; title: string } | null;
  note: string | null;
}

export interface EventChoice {
  slug: string;
  title: string;
  date: string | null;
}

/**
 * The corrections shown on an event's page: those made on it under this slug, those made under a
 * slug that no longer exists on an event sharing its articles, and articles moved into or out of it.
 */
export const getEventCorrections = cache(async (slug: string, articleIds: number[]): Promise<CorrectionView[]> => {
  const rows = await db().eventCorrection.findMany({
    where: {
      OR: [
        { eventSlug: slug },
        { eventArticles: { hasSome: articleIds } },
        { action: "move_article", articleId: { in: articleIds } },
        { action: "set_topic", articleId: { in: articleIds } },
        { action: "move_article", value: { path: ["from"], equals: slug } },
      ],
    },
    orderBy: { id: "desc" },
    take: 50,
  });
  const otherSlugs = [...new Set(rows.map((r) => r.eventSlug).filter((s) => s !== slug))];
  const live = new Set((await db().event.findMany({ where: { slug: { in: otherSlugs } }, select: { slug: true } })).map((e) => e.slug));
  const mine = rows.filter((r) => r.eventSlug === slug || r.action === "move_article" || r.action === "set_topic" || !live.has(r.eventSlug));
  const moved = mine.flatMap((r) => (r.articleId == null ? [] : [r.articleId]));
  const titles = new Map((await db().article.findMany({ where: { id: { in: moved } }, select: { id: true, title: true } })).map((a) => [a.id, a.title]));
  return mine.map((r) => {
    const value = (r.value ?? {}) as { from?: unknown; to?: unknown; articles?: unknown };
    return {
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      action: r.action,
      from: value.from ?? null,
      // A split's "to" is the list of article ids split off.
      to: r.action === "split" ? (value.articles ?? null) : (value.to ?? null),
      article: r.articleId == null ? null : { id: r.articleId, title: titles.get(r.articleId) ?? `#${r.articleId}` },
      note: r.note,
    };
  });
});

/** Every event an article can be moved to, by date. */
export const getEventChoices = cache(async (): Promise<EventChoice[]> => {
  const events = await db().event.findMany({ select: { slug: true, title: true, date: true }, orderBy: [{ date: { sort: "asc", nulls: "last" } }, { slug: "asc" }] });
  return events.map((e) => ({ slug: e.slug, title: e.title, date: isoDate(e.date) }));
});
