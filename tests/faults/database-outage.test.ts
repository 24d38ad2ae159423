// The database stops while the app serves: pages get an Arabic 503, /api/health says so, and the app
// recovers by itself when the database returns. Runs the production build through the real start
// machinery (scripts/lib/next-server.ts) against its own embedded PostgreSQL, which the test stops and
// restarts on the same port and data folder. Also checks the JSON request logs (LOG_FORMAT=json).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../lib/data/client";
import { ensureDatabase } from "../../lib/data/server/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/data/server/embedded";
import { applyMigrations } from "../../lib/data/schema/migrate";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { findFreePort } from "../../lib/net/ports";
import { ensureNextBuild } from "../../scripts/lib/next-build";
import { startNextServer, type RunningServer } from "../../scripts/lib/next-server";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const dataDir = path.join(ROOT, ".tmp", `outage-pg-${process.pid}`);
let pg: EmbeddedServer;
let server: RunningServer;
let output = "";

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  pg = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: await findFreePort(55600) });
  const url = await ensureDatabase(pg.adminUrl, "outage");
  await applyMigrations(url);
  const db = connect(url, 2);
  await loadFiles(db, listInputFiles([path.join(ROOT, "data", "samples")]));
  await db.close();
  ensureNextBuild(ROOT, () => {});
  server = await startNextServer({
    root: ROOT,
    port: await findFreePort(3300 + (process.pid % 500)),
    host: "127.0.0.1",
    env: { DATABASE_URL: url, LOG_FORMAT: "json" },
    onOutput: (chunk) => (output += chunk),
  });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await pg?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("database outage", () => {
  it("serves 503 in Arabic while the database is away and recovers by itself", async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(200);

    await pg.stop();
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBeTruthy();
    const html = await page.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain("غير متاحة مؤقتًا");
    // The same security headers as every page; no script may run in it.
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("script-src");
    expect(html).not.toContain("<script");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBeTruthy();
    expect(page.headers.get("permissions-policy")).toContain("camera=()");
    const article = await fetch(`${server.url}/articles/1`);
    expect(article.status).toBe(503);

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: false });
    const api = await fetch(`${server.url}/api/timeline`);
    expect(api.status).toBe(503);
    expect(api.headers.get("content-type")).toContain("application/json");

    // Same port and data folder: the pool makes new connections on demand.
    pg = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: pg.port });
    const back = await until(
      () => fetch(`${server.url}/`),
      (r) => r.status === 200,
      5000,
    );
    expect(back.status).toBe(200);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/timeline`)).status).toBe(200);
  }, 60_000);

  it("logs one JSON line per request with method, path, status and duration", async () => {
    await fetch(`${server.url}/api/health?probe=1`);
    await new Promise((r) => setTimeout(r, 200));
    const lines = output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l.msg === "request");
    expect(requests.length).toBeGreaterThan(5);
    for (const r of requests) {
      expect(r).toMatchObject({ method: expect.any(String), path: expect.stringMatching(/^\//), status: expect.any(Number), ms: expect.any(Number) });
      expect(Date.parse(String(r.time))).not.toBeNaN();
    }
    expect(requests).toContainEqual(expect.objectContaining({ path: "/api/health", status: 200 }));
    expect(requests).toContainEqual(expect.objectContaining({ path: "/", status: 503 }));
    expect(requests.every((r) => !String(r.path).includes("?"))).toBe(true); // query strings (search terms) stay out of logs
  });
});
