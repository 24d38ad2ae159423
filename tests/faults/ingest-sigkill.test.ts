// SIGKILL the real ingest CLI in the middle of a large load, then load again: every article committed
// before the kill is whole (same as a clean load of the same file), none is half-written, and the second
// run completes with every file loaded exactly once and the events regrouped.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { writeCorpusFiles } from "../../scripts/bench/corpus-files";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const COUNT = 2500;
let dir: string;
let t: TestDatabase;
let clean: TestDatabase;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sigkill-corpus-"));
  writeCorpusFiles(dir, COUNT);
  [t, clean] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([t?.drop(), clean?.drop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The ingest CLI itself (what `npm run ingest` runs after its bootstrap), on the throwaway database. */
function ingest() {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "ingest.ts"), dir], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.url },
    stdio: "ignore",
  });
}

const shape = (db: TestDatabase, where: string, params: unknown[]) =>
  db.database.pool.query<{
    contentHash: string;
    fingerprint: string;
    title: string;
    body: string;
    sourceFile: string;
    people: number;
    entities: number;
    quotes: number;
    verdicts: number;
  }>(
    `SELECT a."contentHash", a.fingerprint, a.title, a.body, a."sourceFile",
            (SELECT count(*)::int FROM "PersonMention" m WHERE m."articleId" = a.id) AS people,
            (SELECT count(*)::int FROM "EntityMention" e WHERE e."articleId" = a.id) AS entities,
            (SELECT count(*)::int FROM "Quote" q WHERE q."articleId" = a.id) AS quotes,
            jsonb_array_length(a."lineVerdicts") AS verdicts
       FROM "Article" a ${where} ORDER BY a."contentHash"`,
    params,
  );

it("keeps committed articles whole across a SIGKILL and completes on the next run without duplicates", async () => {
  const child = ingest();
  const exited = new Promise<string | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  let committed = 0;
  const deadline = Date.now() + 40_000;
  while (committed < 300 && Date.now() < deadline && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 100));
    committed = await t.db.article.count();
  }
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  const atKill = await t.db.article.count();
  expect(atKill).toBeGreaterThanOrEqual(300);
  expect(atKill).toBeLessThan(COUNT); // killed mid-load, not after it

  // Every committed article is whole: text present, and its child rows as a clean load of the same file.
  const stored = (await shape(t, "", [])).rows;
  for (const a of stored) {
    expect(a.title.trim()).not.toBe("");
    expect(a.body.trim()).not.toBe("");
    expect(a.fingerprint).not.toBe("");
    expect(a.verdicts).toBeGreaterThan(0);
  }
  const sample = stored.filter((_, i) => i % Math.ceil(stored.length / 40) === 0);
  await loadFiles(
    clean.database,
    sample.map((a) => path.join(dir, a.sourceFile)),
  );
  const expected = new Map((await shape(clean, "", [])).rows.map((a) => [a.contentHash, a]));
  for (const a of sample) expect(a).toEqual(expected.get(a.contentHash));
  const rest = stored.filter((a) => !expected.has(a.contentHash));
  const bySource = new Map([...expected.values()].map((e) => [e.body, e]));
  // Unsampled articles are variants of the same samples: each matches a clean load with the same body.
  for (const a of rest) {
    const twin = bySource.get(a.body);
    if (twin) expect({ people: a.people, entities: a.entities, quotes: a.quotes }).toEqual({ people: twin.people, entities: twin.entities, quotes: twin.quotes });
  }

  // Load again to completion.
  const second = ingest();
  const code = await new Promise<number | null>((resolve) => second.once("exit", (c) => resolve(c)));
  expect(code).toBe(0);
  const { rows } = await t.database.pool.query<{ total: number; hashes: number; grouped: number }>(
    `SELECT count(*)::int AS total, count(DISTINCT "contentHash")::int AS hashes,
            (SELECT count(DISTINCT "articleId")::int FROM "EventArticle") AS grouped FROM "Article"`,
  );
  expect(rows[0]).toEqual({ total: COUNT, hashes: COUNT, grouped: COUNT });
  // The articles committed before the kill were kept as they were, not rewritten.
  const after = new Map((await shape(t, "", [])).rows.map((a) => [a.contentHash, a]));
  for (const a of stored) expect(after.get(a.contentHash)).toEqual(a);
}, 120_000);
