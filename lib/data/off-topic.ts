import "server-only";
import { cache } from "react";
import { db } from "./client";
import { isoDate } from "./dates";

/** An article kept off the talks timeline: loaded and searchable, listed on its own page (/off-topic). */
export interface OffTopicArticle {
  id: number;
  title: string;
  publishedAt: string | null;
  outlet: string | null;
  /** The classifier's reason (Arabic); the editor's verdict has none of its own. */
  reason: string | null;
  byEditor: boolean;
}

// The editor's verdict wins over the classifier's (as in lib/data/write/read-coverage.ts).
const OFF_TOPIC = { OR: [{ topicOverride: false }, { topicOverride: null, onTopic: false }] };

export const countOffTopic = cache(async (): Promise<number> => db().article.count({ where: OFF_TOPIC }));

/** Off-topic articles, newest first (undated ones last). */
export const getOffTopicArticles = cache(async (): Promise<OffTopicArticle[]> => {
  const rows = await db().article.findMany({
    where: OFF_TOPIC,
    select: { id: true, title: true, publishedAt: true, topicReason: true, topicOverride: true, outlet: { select: { nameAr: true } } },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 1000,
  });
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    publishedAt: isoDate(a.publishedAt),
    outlet: a.outlet?.nameAr ?? null,
    reason: a.topicReason,
    byEditor: a.topicOverride === false,
  }));
});
