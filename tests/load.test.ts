// The loader against a real PostgreSQL: idempotence, isolation of failures, one transaction per article.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticles } from "../lib/data/write/write-articles";
import { extractFile, loadFiles, recordOf } from "../lib/load/load";
import { listInputFiles } from "../lib/load/read-inputs";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

const gold = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "fixtures", "seed-gold.json"), "utf8")) as {
  articles: Array<{ file: string; event: string; date: string | null; date_basis: string }>;
};

const SAMPLES = path.resolve(import.meta.dirname, "..", "data", "samples");
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe("loading the samples", () => {
  it("loads every sample once, and a second load changes nothing", async () => {
    const files = listInputFiles([SAMPLES]);
    expect(files).toHaveLength(5);
    const first = await loadFiles(t.database, files);
    expect(first.counts).toEqual({ loaded: 5, updated: 0, unchanged: 0, failed: 0 });

    const again = await loadFiles(t.database, [...files, files[0]!]);
    expect(again.counts).toEqual({ loaded: 0, updated: 0, unchanged: 6, failed: 0 });
    expect(await t.db.article.count()).toBe(5);
    // Every article belongs to exactly one event; the gold's same-event pairs share one.
    expect(await t.db.eventArticle.count()).toBe(5);
    expect(await t.db.event.count()).toBe(new Set(gold.articles.map((a) => a.event)).size);
  });

  it("keeps the raw text verbatim and records what was removed", async () => {
    const file = listInputFiles([SAMPLES])[0]!;
    const stored = await t.db.article.findFirstOrThrow({ where: { sourceFile: path.basename(file) } });
    expect(stored.rawText).toBe(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    const verdicts = stored.lineVerdicts as Array<{ kind: string }>;
    expect(verdicts.some((v) => v.kind === "boilerplate")).toBe(true);
    expect(verdicts.some((v) => v.kind === "body")).toBe(true);
  });

  it("stores each sample's date and basis as the gold has them, inferred ones with evidence", async () => {
    for (const g of gold.articles) {
      const a = await t.db.article.findFirstOrThrow({ where: { sourceFile: g.file } });
      expect([a.publishedAt?.toISOString().slice(0, 10) ?? null, a.dateBasis], g.file).toEqual([g.date, g.date_basis]);
      if (g.date_basis === "inferred") expect(a.dateEvidence).toBeTruthy();
    }
  });

  it("groups the gold's same-event pairs into one event and keeps the others apart", async () => {
    const eventOf = async (file: string) => (await t.db.eventArticle.findFirstOrThrow({ where: { article: { sourceFile: file } } })).eventId;
    for (const a of gold.articles) {
      for (const b of gold.articles) {
        if (a.file < b.file) expect((await eventOf(a.file)) === (await eventOf(b.file)), `${a.file} ~ ${b.file}`).toBe(a.event === b.event);
      }
    }
  });

  it("stores an undeterminable date as unknown, never a guess", async () => {
    const undated = await t.db.article.findMany({ where: { publishedAt: null } });
    for (const a of undated) expect(a.dateBasis).toBe("unknown");
    const editorial = await t.db.article.findMany({ where: { dateBasis: "editorial" } });
    expect(editorial.length).toBeGreaterThan(0);
  });
});

describe("failures", () => {
  it("a bad file gets a per-file error and the rest of the run continues", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "load-"));
    fs.writeFileSync(path.join(dir, "a-empty.txt"), "");
    fs.writeFileSync(path.join(dir, "b-binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    fs.writeFileSync(path.join(dir, "c-english.txt"), "Kerry met Lavrov in Geneva.\n".repeat(20));
    fs.copyFileSync(
      path.join(
        SAMPLES,
        fs.readdirSync(SAMPLES).find((f) => f.endsWith(".txt"))!,
      ),
      path.join(dir, "d-good.txt"),
    );
    const before = await t.db.article.count();
    const { results, counts } = await loadFiles(t.database, listInputFiles([dir]));
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(["EMPTY", "BINARY", "NO_ARABIC", "ok"]);
    expect(counts.failed).toBe(3);
    // d-good.txt has the same text as a sample already loaded: identity is the content, not the name.
    expect(await t.db.article.count()).toBe(before);
    fs.rmSync(dir, { recursive: true });
  });

  it("an article whose write fails rolls back alone, and the rest of its batch is written", async () => {
    const fresh = (i: number) => {
      const { input, extracted } = extractFile(listInputFiles([SAMPLES])[i]!);
      const extra = `\nنص إضافي يجعل هذا المقال جديدا ${i}`;
      input.text += extra;
      // The identity hash reads the decoded source when normalisation changed it (samples with NBSP).
      if (input.source !== undefined) input.source += extra;
      return recordOf(input, extracted);
    };
    const good = fresh(1);
    const bad = fresh(2);
    // A person the database does not know violates a foreign key after the article row was written.
    bad.extracted.people = [...bad.extracted.people, { id: "nobody-known", asWritten: "مجهول", count: 1 }];
    const counts = async () => [await t.db.article.count(), await t.db.personMention.count(), await t.db.quote.count()];
    const before = await counts();

    const [badOutcome, goodOutcome] = await writeArticles(t.database, [bad, good]);
    expect(badOutcome?.ok).toBe(false);
    expect(goodOutcome).toMatchObject({ ok: true, status: "loaded" });
    expect(await t.db.article.findUnique({ where: { contentHash: bad.contentHash } })).toBeNull();
    const [articles, mentions, quotes] = await counts();
    expect(articles).toBe(before[0]! + 1);
    expect(mentions).toBe(before[1]! + good.extracted.people.length);
    expect(quotes).toBe(before[2]! + good.extracted.quotes.length);
  });

  it("a batch written in several statements stays one transaction: a failure in any of them leaves none of it half-written", async () => {
    const { input, extracted } = extractFile(listInputFiles([SAMPLES])[0]!);
    const variant = (i: number) => {
      const extra = `\nنسخة رقم ${i} من المقال`;
      return recordOf({ ...input, fileName: `chunk-${i}.txt`, text: input.text + extra, source: input.source === undefined ? undefined : input.source + extra }, extracted);
    };
    const records = Array.from({ length: 201 }, (_, i) => variant(i)); // three insert statements: 100, 100 and 1
    // PostgreSQL refuses a NUL character in text: the first statement fails while the later ones are built
    // and queued, and the last one fails too. The batch is then retried one article at a time.
    const bad = [15, 200];
    for (const i of bad) records[i]!.extracted = { ...extracted, title: `${extracted.title}\u0000` };
    const before = await t.db.article.count();

    const outcomes = await writeArticles(t.database, records);
    expect(outcomes.flatMap((o, i) => (o.ok ? [] : [i]))).toEqual(bad);
    expect(await t.db.article.count()).toBe(before + 199);
    const ids = outcomes.flatMap((o) => (o.ok ? [o.articleId] : []));
    expect(new Set(ids).size).toBe(199);
    // Each written article has its children.
    expect(await t.db.personMention.count({ where: { articleId: { in: ids } } })).toBe(199 * extracted.people.length);
  }, 120_000);

  it("a changed extraction updates the stored article in place, keeping its id", async () => {
    const file = listInputFiles([SAMPLES])[3]!;
    const { input, extracted } = extractFile(file);
    const original = await t.db.article.findFirstOrThrow({ where: { sourceFile: input.fileName } });
    const changed = recordOf(input, { ...extracted, title: `${extracted.title} (مصحح)` });
    const [outcome] = await writeArticles(t.database, [changed]);
    expect(outcome).toEqual({ ok: true, status: "updated", articleId: original.id });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: original.id } })).title).toContain("(مصحح)");
    expect(await t.db.article.count({ where: { contentHash: changed.contentHash } })).toBe(1);
    const restored = await loadFiles(t.database, [file]);
    expect(restored.counts.updated).toBe(1);
  });

  it("a changed sidecar updates the stored article in place; an unchanged one changes nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sidecar-"));
    const sample = gold.articles.find((a) => a.date_basis === "explicit")!;
    fs.copyFileSync(path.join(SAMPLES, sample.file), path.join(dir, "article.txt"));
    const first = await loadFiles(t.database, [path.join(dir, "article.txt")]);
    const id = first.results[0]!.ok ? first.results[0]!.articleId : undefined;

    fs.writeFileSync(path.join(dir, "article.meta.json"), JSON.stringify({ publishedAt: "2016-01-02", note: "صححه محرر" }));
    const second = await loadFiles(t.database, [path.join(dir, "article.txt")]);
    expect(second.results[0]).toMatchObject({ ok: true, status: "updated", articleId: id });
    const stored = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect([stored.publishedAt?.toISOString().slice(0, 10), stored.dateBasis, stored.dateEvidence]).toEqual(["2016-01-02", "editorial", "صححه محرر"]);

    const third = await loadFiles(t.database, [path.join(dir, "article.txt")]);
    expect(third.results[0]).toMatchObject({ ok: true, status: "unchanged", articleId: id });
    fs.rmSync(dir, { recursive: true });
  });

  it("batches give the same result as one article at a time", async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      const files = listInputFiles([SAMPLES]);
      await loadFiles(a.database, files, { batchSize: 1 });
      await loadFiles(b.database, files, { batchSize: 50 });
      const snapshot = async (x: TestDatabase) => ({
        articles: await x.db.article.findMany({ orderBy: { contentHash: "asc" }, select: { contentHash: true, fingerprint: true } }),
        mentions: await x.db.personMention.count(),
        entities: await x.db.entityMention.count(),
        quotes: await x.db.quote.count(),
        events: await x.db.event.count(),
      });
      expect(await snapshot(b)).toEqual(await snapshot(a));
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});
