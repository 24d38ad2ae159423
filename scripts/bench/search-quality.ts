// `npm run bench:search-quality [-- --misses] [-- DIR]`: the judged query set (search-quality/judged-queries.json)
// over the development corpus (../shared/dev-corpus), loaded through the real loader into a throwaway
// PostgreSQL. Prints recall@20, MRR and nDCG@10 per query class and overall; --misses lists each query's
// misses. Without the corpus it says so and exits 0 (it is third-party text, never copied here).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { connect } from "../../lib/data/client";
import { ensureDatabase } from "../../lib/data/server/database";
import { startEmbeddedPostgres } from "../../lib/data/server/embedded";
import { applyMigrations } from "../../lib/data/schema/migrate";
import { findFreePort } from "../../lib/net/ports";
import { ROOT } from "../lib/product-database";
import { DEV_CORPUS } from "./accuracy/corpus";
import { JUDGED_QUERIES, QUERY_CLASSES } from "./search-quality/judged";
import { meanScore } from "./search-quality/metrics";
import { judgeQueries, loadCorpusInto } from "./search-quality/run";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { misses: { type: "boolean", default: false } } });
const root = positionals[0] ? path.resolve(positionals[0]) : DEV_CORPUS;
if (!fs.existsSync(root)) {
  console.log(`No development corpus at ${root}: nothing to measure.`);
  process.exit(0);
}

const dataDir = path.join(ROOT, ".tmp", `search-quality-${process.pid}`);
const server = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: await findFreePort(56300) });
try {
  const url = await ensureDatabase(server.adminUrl, "search_quality");
  await applyMigrations(url);
  const database = connect(url, 2);
  const started = performance.now();
  const keys = await loadCorpusInto(database, root);
  process.env.DATABASE_URL = url;
  process.env.SEARCH_CACHE = "off";
  const results = await judgeQueries(keys, JUDGED_QUERIES);
  const f = (x: number) => x.toFixed(3);
  if (values.misses) {
    for (const r of results) {
      if (r.score.recall === 1 && r.score.reciprocalRank === 1) continue;
      console.log(`[${r.query.class}] ${r.query.q}  recall ${f(r.score.recall)} RR ${f(r.score.reciprocalRank)}`);
      console.log(`   missed: ${r.missed.join(" ") || "-"}   first 5: ${r.ranked.slice(0, 5).join(" ")}`);
      if (r.events.length) console.log(`   events: ${r.events.slice(0, 3).join(" | ")}`);
    }
  }
  console.log(`\n${"class".padEnd(9)} ${"queries".padStart(7)} ${"recall@20".padStart(9)} ${"MRR".padStart(6)} ${"nDCG@10".padStart(8)}`);
  const line = (name: string, rs: typeof results) => {
    const m = meanScore(rs.map((r) => r.score));
    console.log(`${name.padEnd(9)} ${String(rs.length).padStart(7)} ${f(m.recall).padStart(9)} ${f(m.reciprocalRank).padStart(6)} ${f(m.ndcg).padStart(8)}`);
    return m;
  };
  for (const c of QUERY_CLASSES)
    line(
      c,
      results.filter((r) => r.query.class === c),
    );
  const all = line("overall", results);
  console.log(
    `\nsearch quality: ${results.length} queries, recall@20 ${f(all.recall)}, MRR ${f(all.reciprocalRank)}, nDCG@10 ${f(all.ndcg)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  await database.close();
  const { database: app } = await import("../../lib/data/client");
  await app().close();
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
