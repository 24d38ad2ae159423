// Load test of the production build on loopback: a generated corpus in a throwaway embedded PostgreSQL,
// the app started by the same machinery as `npm start`, then autocannon against each route in turn.
// `npm run bench:loadtest -- [--articles 100000] [--duration 60] [--connections 100]`
// Prints per route: requests/s, p50/p95/p99 latency (ms, from every response) and errors (non-2xx + failures).
import autocannon from "autocannon";
import os from "node:os";
import { parseArgs } from "node:util";
import { findFreePort } from "../../lib/net/ports";
import { ensureNextBuild } from "../lib/next-build";
import { startNextServer } from "../lib/next-server";
import { ROOT } from "../lib/product-database";
import { generateCorpus } from "./corpus";
import { withBenchDatabase } from "./lib/database";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "100" },
    // "off": every page load renders (PAGE_CACHE=off), to measure the render path without the micro-cache.
    cache: { type: "string", default: "on" },
  },
});
const articles = Number(values.articles);
const duration = Number(values.duration);
const connections = Number(values.connections);
const log = (line: string) => console.error(`• ${line}`);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

await withBenchDatabase("loadtest", { ephemeral: true }, async ({ url, database: db }) => {
  let stopServer = async () => {};
  try {
    let t = Date.now();
    await generateCorpus(db, { events: Math.max(1, Math.round(articles / 10)), articles });
    log(`${articles} articles in ${Math.round(articles / 10)} events generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const { rows: picks } = await db.pool.query<{ a: number; b: number; slug: string }>(
      `SELECT (SELECT id FROM "Article" ORDER BY id OFFSET $1 LIMIT 1) AS a, (SELECT id FROM "Article" ORDER BY id OFFSET $2 LIMIT 1) AS b,
            (SELECT slug FROM "Event" ORDER BY id OFFSET $1 LIMIT 1) AS slug`,
      [Math.floor(articles / 20), Math.floor(articles / 3)],
    );
    await db.close();
    const { a, b, slug } = picks[0]!;

    t = Date.now();
    ensureNextBuild(ROOT, log);
    const port = await findFreePort(3900);
    const server = await startNextServer({
      root: ROOT,
      port,
      host: "127.0.0.1",
      env: {
        DATABASE_URL: url,
        DATABASE_POOL_SIZE: "20",
        // Every autocannon client comes from the same loopback address, so the per-client rate limits
        // (120 API requests a minute) would answer 429 to nearly all of them: raise them for this run only.
        RATE_LIMIT_API: "1000000",
        RATE_LIMIT_EDITOR: "1000000",
        PAGE_CACHE: values.cache === "off" ? "off" : "on",
      },
      quiet: true,
    });
    stopServer = server.stop;
    log(`app ready at ${server.url} in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const routes = [
      { name: "timeline", path: "/" },
      { name: "article", path: `/articles/${a}` },
      { name: "event", path: `/events/${encodeURIComponent(slug)}` },
      { name: "compare", path: `/compare?articles=${a},${b}` },
      { name: "search API", path: `/api/search?q=${encodeURIComponent("لافروف")}` },
    ];
    console.log(
      `\nLoad test: ${articles} articles, ${connections} connections, ${duration} s per route, loopback, page cache ${values.cache}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}\n`,
    );
    console.log("route        req/s    p50 ms   p95 ms   p99 ms   requests  errors  first ms  x-cache");
    for (const route of routes) {
      const cold = performance.now();
      const probe = await fetch(server.url + route.path);
      await probe.arrayBuffer();
      const firstMs = performance.now() - cold;
      if (probe.status === 404) {
        console.log(`${route.name.padEnd(12)} skipped: ${route.path.split("?")[0]} answers 404 (not built yet)`);
        continue;
      }
      const latencies: number[] = [];
      // Like a browser, the clients accept gzip (the page cache then sends its stored compressed pieces).
      const instance = autocannon({ url: server.url + route.path, connections, duration, headers: { "accept-encoding": "gzip" } });
      instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
      const result = await instance;
      latencies.sort((x, y) => x - y);
      const errors = result.errors + result.timeouts + result.non2xx;
      const cells = [
        route.name.padEnd(12),
        result.requests.average.toFixed(0).padStart(6),
        percentile(latencies, 50).toFixed(0).padStart(8),
        percentile(latencies, 95).toFixed(0).padStart(8),
        percentile(latencies, 99).toFixed(0).padStart(8),
        String(result.requests.total).padStart(10),
        String(errors).padStart(7),
        firstMs.toFixed(0).padStart(9),
        `  ${probe.headers.get("x-cache") ?? "-"}`,
      ];
      console.log(cells.join(" "));
    }
  } finally {
    await stopServer();
  }
});
