// The page micro-cache (scripts/lib/page-cache.mjs) inside the real production server: a repeat is
// answered from memory with a fresh CSP nonce that matches every script's, client navigations bypass
// it, and an editor's correction (a DataVersion bump) shows on the very next load.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Database } from "../../lib/data/client";
import { ensureDatabase } from "../../lib/data/server/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/data/server/embedded";
import { applyMigrations } from "../../lib/data/schema/migrate";
import { recordCorrection } from "../../lib/load/record-correction";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { findFreePort } from "../../lib/net/ports";
import { ensureNextBuild } from "../../scripts/lib/next-build";
import { startNextServer, type RunningServer } from "../../scripts/lib/next-server";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const dataDir = path.join(ROOT, ".tmp", `pagecache-pg-${process.pid}`);
let pg: EmbeddedServer;
let server: RunningServer;
let db: Database;

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  pg = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: await findFreePort(55700) });
  const url = await ensureDatabase(pg.adminUrl, "pagecache");
  await applyMigrations(url);
  db = connect(url, 2);
  await loadFiles(db, listInputFiles([path.join(ROOT, "data", "samples")]));
  ensureNextBuild(ROOT, () => {});
  server = await startNextServer({ root: ROOT, port: await findFreePort(3800 + (process.pid % 90)), host: "127.0.0.1", env: { DATABASE_URL: url }, quiet: true });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await pg?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function page(url: string, init?: RequestInit) {
  const res = await fetch(server.url + url, init);
  const html = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /nonce="([^"]+)"/.exec(m[0])?.[1]);
  return { res, html, nonce, scripts, cache: res.headers.get("x-cache") };
}

describe("page cache in the production server", () => {
  it("answers a repeat from memory with a fresh nonce on every script", async () => {
    const first = await page("/");
    const second = await page("/");
    expect(first.res.status).toBe(200);
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(second.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.scripts.length).toBeGreaterThan(0);
    expect(second.scripts.every((n) => n === second.nonce)).toBe(true);
    expect(second.html).not.toContain(first.nonce!);
    expect(second.html.replaceAll(second.nonce!, "N")).toBe(first.html.replaceAll(first.nonce!, "N"));
  });

  it("leaves client navigations (RSC) and the API alone", async () => {
    await page("/");
    expect((await page("/", { headers: { RSC: "1" } })).cache).toBeNull();
    expect((await page("/api/timeline")).cache).toBeNull();
  });

  it("shows an editor's correction on the next load", async () => {
    const { rows } = await db.pool.query<{ slug: string; title: string }>(`SELECT slug, title FROM "Event" ORDER BY id LIMIT 1`);
    const { slug } = rows[0]!;
    await page(`/events/${slug}`);
    expect((await page(`/events/${slug}`)).cache).toBe("hit");
    const title = `عنوان مصحح للاختبار ${process.pid}`;
    expect((await recordCorrection(db, { slug, action: "set_title", to: title })).ok).toBe(true);
    const after = await page(`/events/${slug}`);
    expect(after.cache).toBe("miss");
    expect(after.html).toContain(title);
    const timeline = await page("/");
    expect(timeline.html).toContain(title);
  });
});
