// The loader against a real PostgreSQL: idempotence, isolation of failures, one transaction per article.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveArticle } from "../lib/data/save-article";
import { singleArticleEvent } from "../lib/events/single-article-event";
import { contentHashOf, extractFile, loadFiles } from "../lib/ingest/load";
import { listInputFiles } from "../lib/ingest/read-inputs";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

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
    const first = await loadFiles(t.db, files);
    expect(first.counts).toEqual({ loaded: 5, updated: 0, unchanged: 0, failed: 0 });

    const again = await loadFiles(t.db, [...files, files[0]!]);
    expect(again.counts).toEqual({ loaded: 0, updated: 0, unchanged: 6, failed: 0 });
    expect(await t.db.article.count()).toBe(5);
    expect(await t.db.event.count()).toBe(5);
    expect(await t.db.eventArticle.count()).toBe(5);
  });

  it("keeps the raw text verbatim and records what was removed", async () => {
    const file = listInputFiles([SAMPLES])[0]!;
    const stored = await t.db.article.findFirstOrThrow({ where: { sourceFile: path.basename(file) } });
    expect(stored.rawText).toBe(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    const verdicts = stored.lineVerdicts as Array<{ kind: string }>;
    expect(verdicts.some((v) => v.kind === "boilerplate")).toBe(true);
    expect(verdicts.some((v) => v.kind === "body")).toBe(true);
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
    fs.copyFileSync(path.join(SAMPLES, fs.readdirSync(SAMPLES).find((f) => f.endsWith(".txt"))!), path.join(dir, "d-good.txt"));
    const before = await t.db.article.count();
    const { results, counts } = await loadFiles(t.db, listInputFiles([dir]));
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(["EMPTY", "BINARY", "NO_ARABIC", "ok"]);
    expect(counts.failed).toBe(3);
    // d-good.txt has the same text as a sample already loaded: identity is the content, not the name.
    expect(await t.db.article.count()).toBe(before);
    fs.rmSync(dir, { recursive: true });
  });

  it("an article whose write fails rolls back alone: no article, mention or event is left half-written", async () => {
    const file = listInputFiles([SAMPLES])[2]!;
    const { input, extracted } = extractFile(file);
    input.text += "\nنص إضافي يجعل هذا المقال جديدا";
    const contentHash = contentHashOf(input);
    // A person the database does not know violates a foreign key after the article row was written.
    extracted.people = [...extracted.people, { id: "nobody-known", asWritten: "مجهول", count: 1 }];
    const counts = async () => [await t.db.article.count(), await t.db.personMention.count(), await t.db.event.count()];
    const before = await counts();
    await expect(saveArticle(t.db, { input, contentHash, extracted, event: singleArticleEvent(contentHash, extracted) })).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await t.db.article.findUnique({ where: { contentHash } })).toBeNull();
  });

  it("a changed extraction updates the stored article instead of duplicating it", async () => {
    const file = listInputFiles([SAMPLES])[3]!;
    const { input, extracted } = extractFile(file);
    const contentHash = contentHashOf(input);
    const changed = { ...extracted, title: `${extracted.title} (مصحح)` };
    const outcome = await saveArticle(t.db, { input, contentHash, extracted: changed, event: singleArticleEvent(contentHash, changed) });
    expect(outcome.status).toBe("updated");
    expect(await t.db.article.count({ where: { contentHash } })).toBe(1);
    const restored = await loadFiles(t.db, [file]);
    expect(restored.counts.updated).toBe(1);
  });
});
