// The comparison's data access against a real PostgreSQL loaded with the samples.
import { describe, expect, it } from "vitest";
import { withSampleDatabase } from "./helpers/db";

const sampleDb = withSampleDatabase();

async function idOf(prefix: string): Promise<number> {
  const rows = await sampleDb.current().db.article.findMany({ select: { id: true, sourceFile: true } });
  return rows.find((r) => r.sourceFile.split("/").pop()!.startsWith(prefix))!.id;
}

describe("getComparison", () => {
  it("reads the articles in the order asked and compares them", async () => {
    const { getComparison } = await import("../lib/data/compare");
    const [a, b] = [await idOf("001_"), await idOf("000_")];
    const r = await getComparison([a, b]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.comparison;
    expect(c.articles.map((x) => x.id)).toEqual([a, b]);
    expect(c.articles[0]!.title).toContain("كيري");
    expect(c.articles[0]!.outlet).toBeTruthy();
    expect(c.articles[0]!.datelineAgency).toBeTruthy(); // موسكو - الفرنسية
    expect(c.articles[0]!.sentences.some((s) => s.class === "near")).toBe(true);
    expect(c.summary.speakers.some((s) => s.personId === "bashar-al-assad")).toBe(true);
    expect(c.summary.shares[1]!.onlyPlaces.map((p) => p.name)).toContain("نيس");
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it("names the ids that are not stored", async () => {
    const { getComparison } = await import("../lib/data/compare");
    const a = await idOf("000_");
    expect(await getComparison([a, 999999])).toEqual({ ok: false, error: "NOT_FOUND", missing: [999999] });
  });
});

describe("searchArticleTitles", () => {
  it("finds titles on folded Arabic, excluding the ones already chosen", async () => {
    const { searchArticleTitles } = await import("../lib/data/compare");
    const hits = await searchArticleTitles("كيري", 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.title).toContain("كيري");
    const all = await searchArticleTitles("سوريا", 10);
    const folded = await searchArticleTitles("سوريآ", 10); // madda folds to alef
    expect(folded.map((h) => h.id)).toEqual(all.map((h) => h.id));
    const without = await searchArticleTitles("كيري", 10, [hits[0]!.id]);
    expect(without.map((h) => h.id)).not.toContain(hits[0]!.id);
    expect(await searchArticleTitles("  ", 10)).toEqual([]);
    expect(await searchArticleTitles("%_%", 10)).toEqual([]);
  });
});

describe("getEventArticleIds", () => {
  it("lists an event's articles, null for an unknown slug", async () => {
    const { getEventArticleIds } = await import("../lib/data/compare");
    const event = await sampleDb.current().db.event.findFirst({ include: { articles: true }, orderBy: { id: "asc" } });
    const ids = await getEventArticleIds(event!.slug);
    expect([...ids!].sort()).toEqual(event!.articles.map((a) => a.articleId).sort());
    expect(await getEventArticleIds("no-such-event")).toBeNull();
  });
});
