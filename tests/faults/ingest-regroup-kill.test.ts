// SIGKILL the ingest CLI after its last batch is committed, while it regroups: the new articles are then
// in no event (the regrouping's transaction never commits). Running the same load again finds every file
// unchanged, and must still regroup them: 0 loaded articles outside an event, and the data version moves
// on (caches of derived views, the page cache, key on it). A third run has nothing to do and changes nothing.
//
// The kill lands inside the regrouping for certain: the test holds the DataVersion row locked, so the
// regrouping's transaction (which bumps the version last) waits on it until the process is killed.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { writeCorpusFiles } from "../../scripts/bench/corpus-files";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const FIRST = 40;
const ALL = 120;
let dir: string;
let files: string[];
let t: TestDatabase;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "regroup-kill-corpus-"));
  files = writeCorpusFiles(dir, ALL);
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The ingest CLI itself (what `npm run ingest` runs after its bootstrap), on the throwaway database. */
function ingest() {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "ingest.ts"), dir], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.url, LOG_FORMAT: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

const query = async <T>(sql: string, params: unknown[] = []) => (await t.database.pool.query(sql, params)).rows as T[];
const outsideEvents = async () =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."articleId" = a.id)`))[0]!.n;
const version = async () => (await query<{ v: string }>(`SELECT version::text AS v FROM "DataVersion" WHERE id = 1`))[0]!.v;

it("regroups, on the next run, the articles a load killed during its regrouping left in no event", async () => {
  await loadFiles(t.database, files.slice(0, FIRST));
  expect(await outsideEvents()).toBe(0);

  // Hold the version row: the CLI writes every batch, then blocks in its regrouping's last statement.
  const lock = await t.database.pool.connect();
  await lock.query("BEGIN");
  await lock.query(`SELECT * FROM "DataVersion" WHERE id = 1 FOR UPDATE`);
  const first = ingest();
  try {
    const deadline = Date.now() + 90_000;
    let waiting = 0;
    while (waiting === 0 && Date.now() < deadline && first.child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
      waiting = (
        await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%DataVersion%' AND pid <> $1`,
          [(await lock.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid],
        )
      )[0]!.n;
    }
    expect(waiting).toBe(1);
    expect(await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`)).toEqual([{ n: ALL }]); // the last batch is committed
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
  } finally {
    await lock.query("ROLLBACK");
    lock.release();
  }
  // The situation the audit found: every article stored, the new ones reachable only by their URL.
  expect(await outsideEvents()).toBe(ALL - FIRST);
  const before = await version();

  const second = ingest();
  expect((await second.exited).code).toBe(0);
  expect(second.output()).toMatch(new RegExp(`${ALL} files: 0 loaded, 0 updated, ${ALL} unchanged, 0 failed`));
  expect(await outsideEvents()).toBe(0);
  const after = await version();
  expect(BigInt(after)).toBeGreaterThan(BigInt(before));

  // Nothing left to do: no regrouping, no new version.
  const third = ingest();
  expect((await third.exited).code).toBe(0);
  expect(await version()).toBe(after);
  expect(await outsideEvents()).toBe(0);
}, 240_000);
