// One editor's correction logged with the value it replaces, after checking it applies. The caller then
// regroups (lib/load/record-correction.ts): the log, replayed by every regroup, decides what is stored.
import type { Database } from "../client";
import type { InputJsonValue } from "../../generated/prisma/internal/prismaNamespace";
import type { EventKind } from "../../enums/event-kind";
import { isoDate } from "../dates";

export type CorrectionInput =
  | { slug: string; action: "set_title"; to: string }
  | { slug: string; action: "set_place"; to: string | null }
  | { slug: string; action: "set_kind"; to: EventKind }
  | { slug: string; action: "set_date"; to: { date: string | null; dateEnd: string | null } }
  | { slug: string; action: "move_article"; articleId: number; to: string }
  /** Merge the event `slug` into the event `to` (which keeps its title, date, place and kind). */
  | { slug: string; action: "merge"; to: string }
  /** These articles of event `slug` leave it and form a new event (the rest stay). */
  | { slug: string; action: "split"; articleIds: number[] };

export type CorrectionRefusal = "event_not_found" | "target_not_found" | "article_not_in_event" | "unchanged" | "split_all";
export type LoggedCorrection = { ok: true } | { ok: false; reason: CorrectionRefusal };


/** Checks a correction against the stored event and appends it to the log; nothing else writes corrections. */
export async function logCorrection(database: Database, input: CorrectionInput, note?: string): Promise<LoggedCorrection> {
  const { prisma } = database;
  const event = await prisma.event.findUnique({ where: { slug: input.slug }, include: { articles: { select: { articleId: true } } } });
  if (!event) return { ok: false, reason: "event_not_found" };
  const articles = event.articles.map((a) => a.articleId).sort((a, b) => a - b);

  let row: { eventSlug: string; eventArticles: number[]; value: Record<string, InputJsonValue | null>; articleId?: number };
  if (input.action === "split") {
    const leaving = [...new Set(input.articleIds)].sort((a, b) => a - b);
    if (leaving.length === 0) return { ok: false, reason: "unchanged" };
    if (leaving.some((id) => !articles.includes(id))) return { ok: false, reason: "article_not_in_event" };
    if (leaving.length === articles.length) return { ok: false, reason: "split_all" };
    await prisma.eventCorrection.create({ data: { eventSlug: event.slug, eventArticles: articles, action: "split", value: { articles: leaving }, note: note || null } });
    return { ok: true };
  }
  if (input.action === "move_article" || input.action === "merge") {
    if (input.action === "move_article" && !articles.includes(input.articleId)) return { ok: false, reason: "article_not_in_event" };
    if (input.to === input.slug) return { ok: false, reason: "unchanged" };
    const target = await prisma.event.findUnique({ where: { slug: input.to }, include: { articles: { select: { articleId: true } } } });
    if (!target) return { ok: false, reason: "target_not_found" };
    row = {
      eventSlug: target.slug,
      eventArticles: target.articles.map((a) => a.articleId).sort((a, b) => a - b),
      value: { from: event.slug, to: target.slug, ...(input.action === "merge" ? { articles } : {}) },
      ...(input.action === "move_article" ? { articleId: input.articleId } : {}),
    };
  } else {
    const from =
      input.action === "set_title" ? event.title
      : input.action === "set_place" ? event.place
      : input.action === "set_kind" ? event.kind
      : { date: isoDate(event.date), dateEnd: isoDate(event.dateEnd) };
    if (JSON.stringify(from) === JSON.stringify(input.to)) return { ok: false, reason: "unchanged" };
    row = { eventSlug: event.slug, eventArticles: articles, value: { from, to: input.to } };
  }
  await prisma.eventCorrection.create({ data: { ...row, action: input.action, note: note || null } });
  return { ok: true };
}

/** The slug of the event an article is in now (after a regroup). */
export async function eventOfArticle(database: Database, articleId: number): Promise<string | undefined> {
  const row = await database.prisma.eventArticle.findFirst({ where: { articleId }, select: { event: { select: { slug: true } } } });
  return row?.event.slug;
}
