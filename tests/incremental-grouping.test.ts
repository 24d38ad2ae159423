// Incremental grouping during a load (lib/load/assign-new.ts) against a real PostgreSQL: new dated
// articles join stored events or start their own, the editors' corrections still hold, and the result
// is the partition a full regroup gives on these cases.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordCorrection } from "../lib/load/record-correction";
import { INCREMENTAL, regroupPlan } from "../lib/load/assign-new";
import { loadFiles } from "../lib/load/load";
import { listInputFiles } from "../lib/load/read-inputs";
import { regroupEvents } from "../lib/load/regroup";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

const SAMPLES = path.resolve(import.meta.dirname, "..", "data", "samples");
const SEPTEMBER = path.resolve(import.meta.dirname, "..", "e2e", "fixtures", "editing");
const DAY_TWO = path.resolve(import.meta.dirname, "fixtures", "incremental", "geneva-day-two.txt");
const ALWAYS = { minCorpus: 0, maxNew: 1_000 };

describe("regroupPlan", () => {
  const dated = (n: number) => Array.from({ length: n }, (_, i) => ({ articleId: i + 1, dated: true }));
  it("assigns a modest batch of dated articles to a large corpus one by one", () => {
    expect(regroupPlan({ corpus: 100_000, updated: 0, added: dated(3) })).toBe("incremental");
  });
  it("regroups everything for a small corpus, a bulk load, undated or updated articles", () => {
    expect(regroupPlan({ corpus: INCREMENTAL.minCorpus - 1, updated: 0, added: dated(3) })).toBe("full");
    expect(regroupPlan({ corpus: 100_000, updated: 0, added: dated(INCREMENTAL.maxNew + 1) })).toBe("full");
    expect(regroupPlan({ corpus: 100_000, updated: 0, added: [...dated(2), { articleId: 9, dated: false }] })).toBe("full");
    expect(regroupPlan({ corpus: 100_000, updated: 1, added: [] })).toBe("full");
  });
  it("does nothing when nothing changed", () => {
    expect(regroupPlan({ corpus: 100_000, updated: 0, added: [] })).toBe("none");
  });
});

describe("incremental grouping in a load", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadFiles(t.database, listInputFiles([SAMPLES]));
  });
  afterAll(async () => t.drop());

  /** Each article's event mates, by source file: a partition independent of slugs. */
  const partition = async () => {
    const links = await t.db.eventArticle.findMany({ include: { article: { select: { sourceFile: true } } } });
    const byEvent = new Map<number, string[]>();
    for (const l of links) byEvent.set(l.eventId, [...(byEvent.get(l.eventId) ?? []), path.basename(l.article.sourceFile)]);
    return [...byEvent.values()].map((files) => files.sort().join(" + ")).sort();
  };

  it("new dated articles join or start events; a later full regroup agrees", async () => {
    const before = await t.db.event.count();
    const loaded = await loadFiles(t.database, listInputFiles([SEPTEMBER]), { incremental: ALWAYS });
    expect(loaded.counts.loaded).toBe(3);
    const incremental = await partition();
    expect(incremental).toContain("geneva-afp.txt + geneva-reuters.txt");
    expect(incremental).toContain("call-later.txt");
    expect(await t.db.event.count()).toBe(before + 2);
    expect(await t.db.eventArticle.count()).toBe(8);

    await regroupEvents(t.database);
    expect(await partition()).toEqual(incremental);
  });

  it("an editor's correction holds when a new article joins the corrected event", async () => {
    const geneva = await t.db.event.findFirstOrThrow({ where: { articles: { some: { article: { sourceFile: { endsWith: "geneva-afp.txt" } } } } } });
    expect(await recordCorrection(t.database, { slug: geneva.slug, action: "set_title", to: "محادثات جنيف حول الكيميائي" })).toEqual({ ok: true });
    const version = await t.db.dataVersion.findUniqueOrThrow({ where: { id: 1 } });

    const loaded = await loadFiles(t.database, [DAY_TWO], { incremental: ALWAYS });
    expect(loaded.counts.loaded).toBe(1);
    const joined = await t.db.eventArticle.findFirstOrThrow({ where: { article: { sourceFile: { endsWith: "geneva-day-two.txt" } } }, include: { event: true } });
    expect(joined.eventId).toBe(geneva.id);
    expect(joined.event.title).toBe("محادثات جنيف حول الكيميائي");
    // The talks are an occurrence of the reference chronology: the event spans its days, 12-14 September.
    expect(joined.event.dateEnd?.toISOString().slice(0, 10)).toBe("2013-09-14");
    expect((await t.db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version).toBeGreaterThan(version.version);

    const incremental = await partition();
    await regroupEvents(t.database);
    expect(await partition()).toEqual(incremental);
  });
});
