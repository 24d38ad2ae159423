// The event page's data against a real PostgreSQL loaded with the samples.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withSampleDatabase } from "./helpers/db";

const gold = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures", "seed-gold.json"), "utf8")) as {
  same_event_pairs: Array<[string, string]>;
  articles: Array<{ file: string; title: string }>;
};

const sampleDb = withSampleDatabase();

/** The slug of the event holding the first gold same-event pair. */
async function pairEvent(): Promise<{ slug: string; ids: number[] }> {
  const files = gold.same_event_pairs[0]!;
  const articles = await sampleDb.current().db.article.findMany({ where: { sourceFile: { in: files } }, include: { events: { include: { event: true } } } });
  expect(articles).toHaveLength(2);
  const slugs = new Set(articles.flatMap((a) => a.events.map((e) => e.event.slug)));
  expect(slugs.size).toBe(1);
  return { slug: [...slugs][0]!, ids: articles.map((a) => a.id) };
}

describe("getEvent", () => {
  it("lists both articles of the Moscow visit, with outlet, date and source file, in publication order", async () => {
    const { getEvent } = await import("../lib/data/event");
    const { slug, ids } = await pairEvent();
    const view = await getEvent(slug);
    expect(view?.slug).toBe(slug);
    expect(view?.articles.map((a) => a.id).sort()).toEqual([...ids].sort());
    const titles = gold.same_event_pairs[0]!.map((f) => gold.articles.find((a) => a.file === f)!.title);
    expect(view?.articles.map((a) => a.title).sort()).toEqual(titles.sort());
    const dates = view!.articles.map((a) => a.publishedAt ?? "9999");
    expect(dates).toEqual([...dates].sort());
    for (const a of view!.articles) {
      expect(a.outletName).toBeTruthy();
      expect(gold.same_event_pairs[0]).toContain(path.basename(a.sourceFile));
    }
    expect(view!.participants.length).toBeGreaterThan(0);
    for (const p of view!.participants) expect(p.nameLatin).toBeTruthy();
  });

  it("groups the quotes of its articles by speaker, each printed text once", async () => {
    const { getEvent, UNATTRIBUTED } = await import("../lib/data/event");
    const { slug, ids } = await pairEvent();
    const view = (await getEvent(slug))!;
    const stored = await sampleDb.current().db.quote.findMany({ where: { articleId: { in: ids } }, include: { person: true } });
    expect(stored.length).toBeGreaterThan(0);
    // Every stored quote is under its speaker's name.
    for (const q of stored) {
      const name = q.person?.nameAr ?? (q.speaker?.trim() || UNATTRIBUTED);
      const group = view.speakers.find((s) => s.name === name);
      expect(group, `speaker ${name}`).toBeDefined();
      expect(group!.quotes.some((x) => x.printedBy.some((p) => p.articleId === q.articleId))).toBe(true);
    }
    // One group per speaker, one entry per text within a group.
    const names = view.speakers.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const shown = view.speakers.reduce((n, s) => n + s.quotes.reduce((m, q) => m + q.printedBy.length, 0), 0);
    expect(shown).toBe(stored.length);
  });

  it("shows a quotation printed by two outlets once, with both", async () => {
    const { getEvent } = await import("../lib/data/event");
    const { slug, ids } = await pairEvent();
    const [first, second] = ids as [number, number];
    const person = await sampleDb.current().db.person.findFirstOrThrow();
    // The same words, spelt with and without hamza and with a different final ة/ه.
    await sampleDb.current().db.quote.createMany({
      data: [
        { articleId: first, position: 9001, text: "إن التعاون ضروري لمكافحة الإرهاب في سورية", speakerId: person.id, speaker: person.nameAr },
        { articleId: second, position: 9001, text: "ان التعاون ضروري لمكافحة الارهاب في سوريه", speakerId: person.id, speaker: person.nameAr },
      ],
    });
    // Outside a request React's cache() does not memoise: this reads the rows just written.
    const view = (await getEvent(slug))!;
    const group = view.speakers.find((s) => s.personId === person.id)!;
    const merged = group.quotes.filter((q) => q.text.includes("التعاون ضروري"));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.printedBy.map((p) => p.articleId).sort()).toEqual([...ids].sort());
  });

  it("returns null for an unknown slug", async () => {
    const { getEvent } = await import("../lib/data/event");
    expect(await getEvent("no-such-event")).toBeNull();
  });
});
