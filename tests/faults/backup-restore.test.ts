// `npm run db:backup` then wipe then `npm run db:restore` gives back the same rows, table by table,
// and loading goes on afterwards (id sequences continue after the restored ids).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { writeCorpusFiles } from "../../scripts/bench/corpus-files";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-"));
  await loadFiles(t.database, listInputFiles([path.join(ROOT, "data", "samples")]));
  await loadFiles(t.database, writeCorpusFiles(path.join(dir, "corpus"), 20));
});
afterAll(async () => {
  await t?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = (script: string, file: string) =>
  spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", script), file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.url },
    encoding: "utf8",
  });

/** Row count and a digest of every row, per table. */
async function snapshot(): Promise<Record<string, string>> {
  const { rows: tables } = await t.database.pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await t.database.pool.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS digest FROM "${name}" x`,
    );
    out[name] = `${rows[0]!.n}:${rows[0]!.digest}`;
  }
  return out;
}

it("backs up, and restores after a wipe, every row", async () => {
  const before = await snapshot();
  expect(before.Article).toMatch(/^25:/);
  const file = path.join(dir, "backup.jsonl.gz");
  const backup = run("db-backup.ts", file);
  expect(backup.status, backup.stderr).toBe(0);
  expect(backup.stdout).toContain("Article 25");

  const { rows: tables } = await t.database.pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  await t.database.pool.query(`TRUNCATE ${tables.map((r) => `"${r.name}"`).join(", ")} CASCADE`);
  expect(await t.db.article.count()).toBe(0);

  const restore = run("db-restore.ts", file);
  expect(restore.status, restore.stderr).toBe(0);
  expect(await snapshot()).toEqual(before);

  const maxId = (await t.db.article.aggregate({ _max: { id: true } }))._max.id!;
  const more = await loadFiles(t.database, writeCorpusFiles(path.join(dir, "more"), 30).slice(20));
  expect(more.counts.loaded).toBe(10);
  expect(more.results.every((r) => r.ok && r.articleId! > maxId)).toBe(true);
});

it("refuses a file that is not one of its backups", () => {
  const file = path.join(dir, "not-a-backup.gz");
  fs.writeFileSync(file, Buffer.from("1f8b0800000000000003cb48cdc9c95728cf2fca49e102003a5e8a3b0c000000", "hex"));
  const r = run("db-restore.ts", file);
  expect(r.status).not.toBe(0);
});
