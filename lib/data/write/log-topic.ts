// An editor's verdict on whether an article is about the talks: stored on the article (topicOverride,
// which regrouping reads before the classifier's onTopic) and logged with the verdict it replaces, as a
// set_topic correction of the event the article was in. Re-loading the article never touches the override.
import type { Database } from "../client";

export type TopicRefusal = "article_not_found" | "unchanged";
export type LoggedTopic = { ok: true } | { ok: false; reason: TopicRefusal };

export async function logTopicCorrection(database: Database, input: { articleId: number; onTopic: boolean }, note?: string): Promise<LoggedTopic> {
  return database.prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { onTopic: true, topicOverride: true, events: { take: 1, select: { event: { select: { slug: true, articles: { select: { articleId: true } } } } } } },
    });
    if (!article) return { ok: false, reason: "article_not_found" } as const;
    const from = article.topicOverride ?? article.onTopic;
    if (from === input.onTopic) return { ok: false, reason: "unchanged" } as const;
    const event = article.events[0]?.event;
    await tx.eventCorrection.create({
      data: {
        // The event the article left; an article in no event is logged under an empty slug.
        eventSlug: event?.slug ?? "",
        eventArticles: (event?.articles.map((a) => a.articleId) ?? []).sort((a, b) => a - b),
        action: "set_topic",
        articleId: input.articleId,
        value: { from, to: input.onTopic },
        note: note || null,
      },
    });
    await tx.article.update({ where: { id: input.articleId }, data: { topicOverride: input.onTopic } });
    return { ok: true } as const;
  });
}
