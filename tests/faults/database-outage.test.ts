// The database stops while the app serves: pages get an Arabic 503, /api/health says so, and the app
// recovers by itself when the database returns. Runs the production build through the real start
// machinery (scripts/lib/next-server.ts) against its own embedded PostgreSQL, which the test stops and
// restarts on the same port and data folder. Also checks the JSON request logs (LOG_FORMAT=json), and
// that 30 clients loading uncached pages and APIs while PostgreSQL is killed (SIGKILL) or shut down fast
// get 503s in each route's own format, never a 500.
import { execFileSync } from "node:child_process";
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
    // Every page load renders (no micro-cache), and the 30 clients (one address) stay under the API limit.
    env: { DATABASE_URL: url, LOG_FORMAT: "json", PAGE_CACHE: "off", RATE_LIMIT_API: "1000000" },
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

/** The postmaster and every backend it forked (their pids), from postmaster.pid and ps. */
function postgresProcesses(): number[] {
  const postmaster = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(postmaster)], { encoding: "utf8" })
    .split("\n")
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
  return [postmaster, ...children];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

/** Stops PostgreSQL the hard way (every process SIGKILLed: a crash) or with a fast shutdown (SIGINT). */
async function stopPostgres(how: "SIGKILL" | "fast"): Promise<void> {
  const pids = postgresProcesses();
  if (how === "SIGKILL") for (const pid of pids) process.kill(pid, "SIGKILL");
  else process.kill(pids[0]!, "SIGINT");
  const deadline = Date.now() + 15_000;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(pids.filter(alive)).toEqual([]);
}

interface Answer {
  url: string;
  status: number;
  type: string;
  retryAfter: string | null;
  body: string;
}

/** `clients` loops, each fetching the next URL as soon as the last answered, until `stop()`. */
function drive(urls: string[], clients: number) {
  const answers: Answer[] = [];
  const failures: string[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async (_, c) => {
    for (let i = c; running; i++) {
      const url = urls[i % urls.length]!;
      try {
        const res = await fetch(server.url + url, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
        const type = res.headers.get("content-type") ?? "";
        const body = type.startsWith("image/") ? "" : await res.text();
        if (type.startsWith("image/")) await res.arrayBuffer();
        answers.push({ url, status: res.status, type, retryAfter: res.headers.get("retry-after"), body: res.status >= 500 ? body : "" });
      } catch (e) {
        failures.push(`${url}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  });
  return {
    answers,
    failures,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe("database outage under load", () => {
  let urls: string[];
  beforeAll(async () => {
    const { events } = (await (await fetch(`${server.url}/api/timeline`)).json()) as { events: Array<{ slug: string }> };
    const slug = events[0]!.slug;
    urls = [
      "/",
      "/articles/1",
      "/articles/2",
      `/events/${slug}`,
      `/search?q=${encodeURIComponent("لافروف")}`,
      "/compare?articles=1,2",
      "/api/timeline",
      "/api/timeline/csv",
      `/api/search?q=${encodeURIComponent("كيري")}`,
      "/feed.xml",
      "/og/timeline",
      `/og/events/${slug}`,
    ];
  });

  for (const how of ["SIGKILL", "fast"] as const) {
    it(`answers 30 concurrent clients with 503s in each route's format, never a 500, when PostgreSQL stops (${how})`, async () => {
      expect((await fetch(`${server.url}/`)).status).toBe(200);
      const load = drive(urls, 30);
      await new Promise((r) => setTimeout(r, 1500)); // requests in flight at every stage of their render
      const before = load.answers.length;
      try {
        await stopPostgres(how);
        await new Promise((r) => setTimeout(r, 3000));
      } finally {
        await load.stop();
        pg = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: pg.port });
      }

      const { answers, failures } = load;
      expect(failures).toEqual([]);
      expect(answers.length - before).toBeGreaterThan(30);
      const errors = answers.filter((a) => a.status >= 500 && a.status !== 503);
      expect(errors.map((a) => `${a.url}: ${a.status}`)).toEqual([]);
      const unavailable = answers.filter((a) => a.status === 503);
      expect(unavailable.length).toBeGreaterThan(0);
      for (const a of unavailable) {
        expect(a.retryAfter, a.url).toMatch(/^\d+$/);
        if (a.url.startsWith("/api/")) {
          expect(a.type, a.url).toContain("application/json");
          expect(JSON.parse(a.body), a.url).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringMatching(/[\u0600-\u06FF]/) } });
        } else if (a.url === "/feed.xml") {
          expect(a.type, a.url).toContain("application/atom+xml");
          expect(a.body, a.url).toContain("<feed");
        } else if (a.url.startsWith("/og/")) {
          expect(a.type, a.url).toMatch(/^(image\/png|text\/plain)/);
        } else {
          expect(a.type, a.url).toContain("text/html");
          expect(a.body, a.url).toContain("غير متاحة مؤقتًا");
        }
      }
      // Every route was asked while the database was away, and each answered in its own way.
      expect(new Set(unavailable.map((a) => a.url))).toEqual(new Set(urls));

      const back = await until(
        () => fetch(`${server.url}/api/timeline`),
        (r) => r.status === 200,
        10_000,
      );
      expect(back.status).toBe(200);
    }, 90_000);
  }
});
