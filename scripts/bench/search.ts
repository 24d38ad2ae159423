// Search speed: a generated corpus in a throwaway PostgreSQL, the production Next.js build, and a fixed
// mix of queries through /api/search.
// `npm run bench:search -- [--articles 100000] [--queries 34] [--rounds 5] [--data dir] [--explain ms]`
//   --data dir   keep the database cluster in dir and reuse it when it already holds the corpus
//                (a 1,000,000-article load takes many minutes; tune queries against it afterwards)
//   --explain ms print EXPLAIN (ANALYZE, BUFFERS) of the SQL behind every query slower than ms
// Prints: load time (articles/s), GIN index build time, table and index sizes, p50/p95 over the mix and per
// query class, and a per-query table (ms, matches) so the slow ones are visible; plus the load average.
import os from "node:os";
import { parseArgs } from "node:util";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { findFreePort } from "../../lib/net/ports";
import { ensureNextBuild } from "../lib/next-build";
import { startNextServer, type RunningServer } from "../lib/next-server";
import { ROOT } from "../lib/product-database";
import { withBenchDatabase } from "./lib/database";
import { loadCorpus, rareName } from "./search-corpus";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    queries: { type: "string" },
    rounds: { type: "string", default: "5" },
    data: { type: "string" },
    explain: { type: "string" },
  },
});
const articles = Number(args.articles);
const rounds = Number(args.rounds);
const log = (line: string) => console.log(`• ${line}`);
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

/** The fixed query mix: [class, query string of /api/search]. */
export function queryMix(): Array<[string, string]> {
  const outlets = loadGazetteers().outlets;
  const big = outlets[0]!.id; // the corpus favours the first outlets (Zipf)
  const small = outlets[12]!.id;
  const q = (s: string, extra = "") => `q=${encodeURIComponent(s)}${extra}`;
  return [
    ["rare", q(rareName(5000))],
    ["rare", q(rareName(300))],
    ["rare", q("راتني")],
    ["rare", q("Ratney")],
    ["mid", q("ميونيخ")],
    ["mid", q("البنتاجون")],
    ["mid", q("زخاروفا")],
    ["mid", q("حلب")],
    ["frequent", q("سوريا")],
    ["frequent", q("الخارجية")],
    ["frequent", q("روسيا")],
    ["frequent", q("كيري")],
    ["multi", q("لافروف كيري جنيف")],
    ["multi", q("وزير الخارجية الروسي")],
    ["phrase", q('"وقف إطلاق النار"')],
    ["phrase", q('"وزير الخارجية الأمريكي"')],
    ["exclusion", q("كيري -لافروف")],
    ["exclusion", q("سوريا -حلب")],
    ["or", q("ميونيخ OR فيينا")],
    ["or", q("زاخاروفا OR ريابكوف")],
    ["latin", q("Kerry")],
    ["latin", q("Lavrov Geneva")],
    ["latin", q("Munich")],
    ["filter", q("كيري", `&outlet=${big}`)],
    ["filter", q("سوريا", "&from=2016-01&to=2016-03")],
    ["filter", q(rareName(300), "&from=2015-01-01&to=2015-12-31")],
    ["filter", `outlet=${small}`],
    ["date", q("سوريا", "&sort=date")],
    ["date", q("ريابكوف", "&sort=date")],
    ["date", q(rareName(300), "&sort=date")],
    ["date", q("كيري", `&outlet=${big}&sort=date`)],
    ["date", q("ميونيخ", "&sort=date")],
    ["date", q("كيري", "&sort=date&page=5")],
    ["date", q(rareName(5000), "&sort=date")],
    // Natural queries few articles hold whole: the ranked partial matches run (minimum-should-match over
    // the rarest terms, lib/search/relaxed.ts), over common words too.
    ["relaxed", q(`لقاء كيري ولافروف بشأن ${rareName(300)}`)],
    ["relaxed", q(`${rareName(5000)} وزير الخارجية الروسي في جنيف`)],
    ["relaxed", q("اجتماع ميونيخ زخاروفا ريابكوف حلب")],
    ["relaxed", q(`Kerry Lavrov ${rareName(300)}`)],
    // English words through the lexicon (data/english-terms.json), Latin names through the gazetteers.
    ["english", q("ceasefire talks")],
    ["english", q("meeting Kerry Lavrov Geneva")],
    // Date words become a window on the article's or its event's date.
    ["date words", q("وقف إطلاق النار أيلول 2016")],
    ["date words", q("كيري فبراير 2016")],
    ["date words", q("talks 2014")],
  ];
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

async function timed(url: string): Promise<{ ms: number; total: { value: number; exact: boolean } }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = (await res.json()) as { total?: { value: number; exact: boolean } };
  const ms = performance.now() - started;
  if (res.status !== 200 || !body.total) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, total: body.total };
}

await withBenchDatabase("bench_search", { keepDir: args.data, ephemeral: true, port: 56100, log }, async ({ url, database: db, dataDir }) => {
  let server: RunningServer | undefined;
  try {
    const have = Number((await db.pool.query(`SELECT count(*)::int AS n FROM "Article"`)).rows[0].n);
    if (have !== articles) {
      if (have > 0) await db.pool.query(`TRUNCATE "Article" CASCADE`);
      // Bulk load without the GIN index, then build it once (far faster than maintaining it row by row).
      const idx = (await db.pool.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Article_searchVector_idx'`)).rows[0]?.indexdef as string;
      await db.pool.query(`DROP INDEX IF EXISTS "Article_searchVector_idx"`);
      log(`loading ${articles.toLocaleString("en")} generated articles (load average ${loadavg()})`);
      let last = performance.now();
      const stats = await loadCorpus(db, {
        articles,
        onProgress: (done) => {
          if (performance.now() - last > 30_000) {
            last = performance.now();
            log(`  ${done.toLocaleString("en")} written (load average ${loadavg()})`);
          }
        },
      });
      log(
        `load: ${stats.seconds.toFixed(1)} s, ${(articles / stats.seconds).toFixed(0)} articles/s (text + entities + search text in Node: ${stats.textSeconds.toFixed(1)} s); load average ${loadavg()}`,
      );
      const t = performance.now();
      const c = await db.pool.connect();
      await c.query(`SET maintenance_work_mem = '256MB'`);
      await c.query(idx);
      c.release();
      log(`GIN index build: ${((performance.now() - t) / 1000).toFixed(1)} s`);
      const v = performance.now();
      await db.pool.query(`VACUUM ANALYZE "Article"`);
      await db.pool.query(`ANALYZE`);
      log(`VACUUM ANALYZE: ${((performance.now() - v) / 1000).toFixed(1)} s`);
    } else log(`reusing ${have.toLocaleString("en")} articles in ${dataDir}`);

    const sizes = (
      await db.pool.query(`SELECT pg_size_pretty(pg_relation_size('"Article_searchVector_idx"')) AS gin,
      pg_size_pretty(pg_table_size('"Article"')) AS "table", pg_size_pretty(pg_total_relation_size('"Article"')) AS total,
      pg_size_pretty(sum(pg_column_size("searchVector"))) AS vectors FROM "Article"`)
    ).rows[0];
    log(`sizes: GIN index ${sizes.gin}; Article table with TOAST ${sizes.table} (tsvector values ${sizes.vectors}); with all indexes ${sizes.total}`);
    await db.close();

    ensureNextBuild(ROOT, log);
    server = await startNextServer({
      root: ROOT,
      port: await findFreePort(3950),
      host: "127.0.0.1",
      env: { DATABASE_URL: url, SEARCH_CACHE: "off", RATE_LIMIT_API: "1000000" },
      quiet: true,
    });
    const mix = queryMix().slice(0, args.queries ? Number(args.queries) : undefined);
    for (const [, qs] of mix) await timed(`${server.url}/api/search?${qs}`); // warm: the mix once
    const times = new Map<string, number[]>();
    const matches = new Map<string, string>();
    for (let r = 0; r < rounds; r++) {
      for (const [, qs] of mix) {
        const { ms, total } = await timed(`${server.url}/api/search?${qs}`);
        times.set(qs, [...(times.get(qs) ?? []), ms]);
        matches.set(qs, `${total.exact ? "" : ">"}${total.value}`);
      }
    }
    const all = [...times.values()].flat();
    console.log(`\n${mix.length} queries × ${rounds} rounds through /api/search at ${articles.toLocaleString("en")} articles (load average ${loadavg()}):`);
    console.log(`  overall p50 ${percentile(all, 50).toFixed(1)} ms  p95 ${percentile(all, 95).toFixed(1)} ms  max ${Math.max(...all).toFixed(1)} ms`);
    const classes = [...new Set(mix.map(([c]) => c))];
    for (const c of classes) {
      const xs = mix.filter(([k]) => k === c).flatMap(([, qs]) => times.get(qs)!);
      console.log(`  ${c.padEnd(10)} p50 ${percentile(xs, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(xs, 95).toFixed(1).padStart(7)} ms`);
    }
    console.log(`\n  ${"class".padEnd(10)} ${"p50 ms".padStart(8)} ${"max ms".padStart(8)} ${"matches".padStart(8)}  query`);
    for (const [c, qs] of mix) {
      const xs = times.get(qs)!;
      console.log(
        `  ${c.padEnd(10)} ${percentile(xs, 50).toFixed(1).padStart(8)} ${Math.max(...xs)
          .toFixed(1)
          .padStart(8)} ${matches.get(qs)!.padStart(8)}  ${decodeURIComponent(qs)}`,
      );
    }

    if (args.explain) {
      // The SQL behind the slow queries, run in this process against the same database.
      process.env.DATABASE_URL = url;
      const { explainSearch, formatExplained } = await import("../../lib/data/search-explain");
      for (const [, qs] of mix) {
        if (percentile(times.get(qs)!, 50) < Number(args.explain)) continue;
        console.log(`\n==== ${decodeURIComponent(qs)}`);
        console.log(formatExplained(await explainSearch(new URLSearchParams(qs))));
      }
    }
  } finally {
    await server?.stop();
  }
});
process.exit(0);
