// An editor's move of an article off the talks timeline and back, against a real PostgreSQL: stored on the
// article, logged with the verdict it replaced, kept by re-loading and regrouping.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordTopicCorrection } from "../lib/load/record-correction";
import { loadFiles } from "../lib/load/load";
import { listInputFiles } from "../lib/load/read-inputs";
import { regroupEvents } from "../lib/load/regroup";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

const SAMPLES = path.resolve(import.meta.dirname, "..", "data", "samples");
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await loadFiles(t.database, listInputFiles([SAMPLES]));
});
afterAll(async () => t.drop());

const eventOf = async (articleId: number) => (await t.db.eventArticle.findFirstOrThrow({ where: { articleId }, include: { event: true } })).event;

describe("moving an article on or off the talks", () => {
  it("the classifier puts every sample on the talks, with its reason", async () => {
    const articles = await t.db.article.findMany();
    expect(articles.every((a) => a.onTopic && a.topicOverride === null && a.topicReason?.startsWith("يتناول المحادثات"))).toBe(true);
  });

  it("moves an article off: logged with its previous verdict, grouped apart, kept through a re-load and regroup", async () => {
    const article = await t.db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    const before = await eventOf(article.id);
    expect(await recordTopicCorrection(t.database, { articleId: article.id, onTopic: false }, "عن أوكرانيا")).toEqual({ ok: true });

    const log = await t.db.eventCorrection.findMany({ where: { action: "set_topic" } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ articleId: article.id, eventSlug: before.slug, value: { from: true, to: false }, note: "عن أوكرانيا" });
    expect((await eventOf(article.id)).onTopic).toBe(false);
    // Every other article stays on the timeline.
    const others = await t.db.eventArticle.findMany({ where: { NOT: { articleId: article.id } }, include: { event: true } });
    expect(others.every((o) => o.event.onTopic)).toBe(true);

    const again = await loadFiles(t.database, listInputFiles([SAMPLES]));
    expect(again.counts.unchanged).toBe(5);
    await regroupEvents(t.database);
    expect(await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ onTopic: true, topicOverride: false });
    expect((await eventOf(article.id)).onTopic).toBe(false);
  });

  it("refuses a move that changes nothing or names no article, and moves the article back", async () => {
    const article = await t.db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(await recordTopicCorrection(t.database, { articleId: article.id, onTopic: false })).toEqual({ ok: false, reason: "unchanged" });
    expect(await recordTopicCorrection(t.database, { articleId: 999999, onTopic: false })).toEqual({ ok: false, reason: "article_not_found" });
    expect(await recordTopicCorrection(t.database, { articleId: article.id, onTopic: true })).toEqual({ ok: true });
    expect((await eventOf(article.id)).onTopic).toBe(true);
    const log = await t.db.eventCorrection.findMany({ where: { action: "set_topic" }, orderBy: { id: "asc" } });
    expect(log.map((c) => c.value)).toEqual([
      { from: true, to: false },
      { from: false, to: true },
    ]);
  });
});
