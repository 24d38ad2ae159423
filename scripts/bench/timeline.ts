// Timeline speed: the production app server-rendering `/` over 10,000 events and 100,000 articles.
// `npm run bench:timeline -- [events=10000] [articles=100000] [requests=30]`
// Prints p50/p95 server response times per URL, the first-load JS of `/`, and EXPLAIN ANALYZE of the main queries.
import { gzipSync } from "node:zlib";
import { findFreePort } from "../../lib/net/ports";
import { ensureNextBuild } from "../lib/next-build";
import { startNextServer, type RunningServer } from "../lib/next-server";
import { ROOT } from "../lib/product-database";
import { generateCorpus } from "./corpus";
import { withBenchDatabase } from "./lib/database";

const events = Number(process.argv[2] ?? 10_000);
const articles = Number(process.argv[3] ?? 100_000);
const requests = Number(process.argv[4] ?? 30);
const URLS = ["/", "/?participant=john-kerry", "/?sort=desc&page=50"];
const log = (line: string) => console.log(`• ${line}`);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function timed(url: string): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const res = await fetch(url, { redirect: "manual" });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return { ms: performance.now() - started, html };
}

/** The gzip size of every `<script src>` the page's HTML references, fetched from the server. */
async function firstLoadJs(base: string, html: string): Promise<{ files: number; raw: number; gzip: number }> {
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gzip };
}

await withBenchDatabase("bench_timeline", { ephemeral: true, port: 55900 }, async ({ url, database: db }) => {
  let server: RunningServer | undefined;
  try {
    const started = performance.now();
    await generateCorpus(db, { events, articles });
    log(`corpus: ${events} events, ${articles} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The plans of the queries behind `/` (no filters): the page of events, and the facets.
    for (const [name, sql] of [
      ["page 1 of events", `SELECT e.id FROM "Event" e WHERE TRUE ORDER BY e.date ASC NULLS LAST, e.id ASC LIMIT 100 OFFSET 0`],
      ["page 50 newest first", `SELECT e.id FROM "Event" e WHERE TRUE ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 100 OFFSET 4900`],
      [
        "event facets",
        `SELECT GROUPING(m, k)::int AS g, m, k, count(*)::int FROM (SELECT to_char(e.date, 'YYYY-MM') AS m, e.kind::text AS k FROM "Event" e WHERE TRUE) x GROUP BY GROUPING SETS ((), (m), (k))`,
      ],
      [
        "outlet facets",
        `WITH x AS MATERIALIZED (SELECT a."outletId" AS o, ea."eventId" AS ev, ea."articleId" AS aid FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id JOIN "Article" a ON a.id = ea."articleId" WHERE TRUE AND a."outletId" IS NOT NULL) SELECT o, ev.n, ar.n FROM (SELECT o, count(*)::int AS n FROM (SELECT DISTINCT o, ev FROM x) d GROUP BY o) ev JOIN (SELECT o, count(*)::int AS n FROM (SELECT DISTINCT o, aid FROM x) d GROUP BY o) ar USING (o)`,
      ],
      [
        "month facets",
        `SELECT m, count(*)::int FROM (SELECT DISTINCT to_char(e.date, 'YYYY-MM') AS m, ea."articleId" FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id WHERE TRUE AND e.date IS NOT NULL) d GROUP BY m`,
      ],
      ["article count", `SELECT count(*)::int FROM (SELECT DISTINCT ea."articleId" FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id WHERE TRUE) d`],
      ["participant filter page", `SELECT e.id FROM "Event" e WHERE e.participants @> ARRAY['john-kerry']::text[] ORDER BY e.date ASC NULLS LAST, e.id ASC LIMIT 100`],
    ] as const) {
      const plan = await db.pool.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`);
      console.log(`\n-- EXPLAIN ANALYZE: ${name}\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
    await db.close();

    ensureNextBuild(ROOT, log);
    // The render itself is timed: the page cache (scripts/lib/page-cache.mjs) would answer repeats from memory.
    server = await startNextServer({ root: ROOT, port: await findFreePort(3900), host: "127.0.0.1", env: { DATABASE_URL: url, PAGE_CACHE: "off" }, quiet: true });
    console.log(`\nserver-side response time over ${requests} requests each (full HTML body, sequential, after warm-up):`);
    for (const path of URLS) {
      for (let i = 0; i < 5; i++) await timed(server.url + path);
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < requests; i++) {
        const { ms, html } = await timed(server.url + path);
        times.push(ms);
        size = html.length;
      }
      console.log(`  ${path.padEnd(28)} p50 ${percentile(times, 50).toFixed(0)} ms  p95 ${percentile(times, 95).toFixed(0)} ms  (HTML ${(size / 1024).toFixed(0)} KiB)`);
    }
    const { html } = await timed(`${server.url}/`);
    const js = await firstLoadJs(server.url, html);
    console.log(`first-load JS of /: ${js.files} scripts, ${(js.gzip / 1024).toFixed(1)} KiB gzip (${(js.raw / 1024).toFixed(1)} KiB raw)`);
  } finally {
    await server?.stop();
  }
});
