// Editors' corrections against a real PostgreSQL: they are logged with the previous value and
// survive re-loading the samples and regrouping, because every regroup replays the log.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordCorrection } from "../lib/load/record-correction";
import { loadFiles } from "../lib/load/load";
import { listInputFiles } from "../lib/load/read-inputs";
import { regroupEvents } from "../lib/load/regroup";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

const gold = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures", "seed-gold.json"), "utf8")) as {
  same_event_pairs: Array<[string, string]>;
  articles: Array<{ file: string; event: string }>;
};
const SAMPLES = path.resolve(import.meta.dirname, "..", "data", "samples");
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await loadFiles(t.database, listInputFiles([SAMPLES]));
});
afterAll(async () => t.drop());

const eventOf = async (file: string) => await t.db.eventArticle.findFirstOrThrow({ where: { article: { sourceFile: file } }, include: { event: true, article: true } });

describe("corrections", () => {
  const [pairFile, otherPairFile] = gold.same_event_pairs[0]!;
  const loneFile = gold.articles.find((a) => !gold.same_event_pairs[0]!.includes(a.file))!.file;

  it("a title, a date and a moved article are stored, and the log holds the previous values", async () => {
    const pair = (await eventOf(pairFile)).event;
    const lone = await eventOf(loneFile);
    expect(await recordCorrection(t.database, { slug: pair.slug, action: "set_title", to: "زيارة كيري إلى موسكو (مصحح)" }, "عنوان أوضح")).toEqual({ ok: true });
    expect(await recordCorrection(t.database, { slug: pair.slug, action: "set_date", to: { date: "2016-07-13", dateEnd: "2016-07-15" } })).toEqual({ ok: true });
    expect(await recordCorrection(t.database, { slug: lone.event.slug, action: "move_article", articleId: lone.articleId, to: pair.slug })).toEqual({ ok: true });

    const log = await t.db.eventCorrection.findMany({ orderBy: { id: "asc" } });
    expect(log.map((c) => [c.action, c.eventSlug])).toEqual([
      ["set_title", pair.slug],
      ["set_date", pair.slug],
      ["move_article", pair.slug],
    ]);
    expect(log[0]!.value).toEqual({ from: pair.title, to: "زيارة كيري إلى موسكو (مصحح)" });
    expect(log[0]!.note).toBe("عنوان أوضح");
    expect(log[1]!.value).toEqual({
      from: { date: pair.date!.toISOString().slice(0, 10), dateEnd: pair.dateEnd?.toISOString().slice(0, 10) ?? null },
      to: { date: "2016-07-13", dateEnd: "2016-07-15" },
    });
    expect(log[2]).toMatchObject({ articleId: lone.articleId, value: { from: lone.event.slug, to: pair.slug } });
  });

  it("the corrections survive re-loading the samples and regrouping", async () => {
    const again = await loadFiles(t.database, listInputFiles([SAMPLES]));
    expect(again.counts.unchanged).toBe(5);
    await regroupEvents(t.database);

    const { event } = await eventOf(pairFile);
    expect(event).toMatchObject({ title: "زيارة كيري إلى موسكو (مصحح)", dateBasis: "editorial" });
    expect([event.date?.toISOString().slice(0, 10), event.dateEnd?.toISOString().slice(0, 10)]).toEqual(["2016-07-13", "2016-07-15"]);
    expect((await eventOf(otherPairFile)).eventId).toBe(event.id);
    expect((await eventOf(loneFile)).eventId).toBe(event.id);
    // The moved article's old event held nothing else, so it is gone; every article is still linked once.
    expect(await t.db.eventArticle.count()).toBe(5);
    expect(await t.db.event.count()).toBe(new Set(gold.articles.map((a) => a.event)).size - 1);
  });

  it("refuses a correction that changes nothing or names an article outside the event", async () => {
    const { event } = await eventOf(pairFile);
    expect(await recordCorrection(t.database, { slug: event.slug, action: "set_title", to: event.title })).toEqual({ ok: false, reason: "unchanged" });
    expect(await recordCorrection(t.database, { slug: event.slug, action: "move_article", articleId: 999999, to: "x" })).toEqual({ ok: false, reason: "article_not_in_event" });
    expect(await recordCorrection(t.database, { slug: "no-such-event", action: "set_kind", to: "call" })).toEqual({ ok: false, reason: "event_not_found" });
    expect(await t.db.eventCorrection.count()).toBe(3);
  });

  it("a merge survives regrouping, and the log names the merged-away event and its articles", async () => {
    const { event } = await eventOf(pairFile);
    const other = await t.db.event.findFirstOrThrow({ where: { NOT: { id: event.id } }, include: { articles: true }, orderBy: { slug: "asc" } });
    expect(await recordCorrection(t.database, { slug: other.slug, action: "merge", to: event.slug })).toEqual({ ok: true });
    await regroupEvents(t.database);
    expect(await t.db.event.findUnique({ where: { slug: other.slug } })).toBeNull();
    for (const a of other.articles) expect((await t.db.eventArticle.findFirstOrThrow({ where: { articleId: a.articleId } })).eventId).toBe(event.id);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).title).toBe("زيارة كيري إلى موسكو (مصحح)");
    const merge = await t.db.eventCorrection.findFirstOrThrow({ where: { action: "merge" } });
    expect(merge.value).toEqual({ from: other.slug, to: event.slug, articles: other.articles.map((a) => a.articleId).sort((a, b) => a - b) });
  });

  it("a split moves the chosen articles to a new event named from them, and survives re-loading", async () => {
    const pair = (await eventOf(pairFile)).event;
    const leaving = (await eventOf(otherPairFile)).articleId;
    const before = await t.db.eventArticle.count({ where: { eventId: pair.id } });
    const all = (await t.db.eventArticle.findMany({ where: { eventId: pair.id } })).map((a) => a.articleId);
    expect(await recordCorrection(t.database, { slug: pair.slug, action: "split", articleIds: all })).toEqual({ ok: false, reason: "split_all" });
    expect(await recordCorrection(t.database, { slug: pair.slug, action: "split", articleIds: [999999] })).toEqual({ ok: false, reason: "article_not_in_event" });

    const outcome = await recordCorrection(t.database, { slug: pair.slug, action: "split", articleIds: [leaving] }, "مقالان عن يومين مختلفين");
    expect(outcome).toMatchObject({ ok: true, event: expect.any(String) });
    const split = await eventOf(otherPairFile);
    expect(split.event.slug).toBe((outcome as { event: string }).event);
    expect(split.eventId).not.toBe(pair.id);
    expect(await t.db.eventArticle.count({ where: { eventId: pair.id } })).toBe(before - 1);
    // The kept event keeps its corrected identity.
    expect((await t.db.event.findUniqueOrThrow({ where: { id: pair.id } })).title).toBe("زيارة كيري إلى موسكو (مصحح)");
    expect(await t.db.eventCorrection.findFirstOrThrow({ where: { action: "split" } })).toMatchObject({ eventSlug: pair.slug, value: { articles: [leaving] } });

    await loadFiles(t.database, listInputFiles([SAMPLES]));
    await regroupEvents(t.database);
    expect((await eventOf(otherPairFile)).event.slug).toBe(split.event.slug);
    expect((await eventOf(pairFile)).eventId).toBe(pair.id);
    expect(await t.db.eventArticle.count()).toBe(5);
  });
});
