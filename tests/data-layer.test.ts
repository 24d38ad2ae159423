// The read side of the data layer against a real PostgreSQL loaded with the samples.
import { describe, expect, it } from "vitest";
import { withSampleDatabase } from "./helpers/db";

const sampleDb = withSampleDatabase();

describe("timeline", () => {
  it("lists dated events oldest first and keeps undated ones apart", async () => {
    const { getTimeline } = await import("../lib/data/timeline");
    const { dated, undated } = await getTimeline({ participants: [], sort: "asc" });
    const dates = dated.map((e) => e.date!);
    expect(dates).toEqual([...dates].sort());
    const articles = [...dated, ...undated].flatMap((e) => e.articles.map((a) => a.id));
    expect(articles.sort()).toEqual((await sampleDb.current().db.article.findMany({ select: { id: true } })).map((a) => a.id).sort());
    for (const e of undated) expect(e.date).toBeNull();
    for (const e of [...dated, ...undated]) expect(e.articles.length).toBeGreaterThan(0);
  });
});

describe("article", () => {
  it("returns the clean article with outlet and people, or null for an unknown id", async () => {
    const { getArticle } = await import("../lib/data/article");
    const first = await sampleDb.current().db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    const view = await getArticle(first.id);
    expect(view?.title).toBe(first.title);
    expect(view?.people.length).toBeGreaterThan(0);
    expect(view?.lines.length).toBeGreaterThan(0);
    expect(await getArticle(999_999)).toBeNull();
  });

  it("health reports the database answering", async () => {
    const { databaseAnswers } = await import("../lib/data/health");
    expect(await databaseAnswers()).toBe(true);
  });
});
