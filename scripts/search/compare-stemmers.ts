// `node scripts/run.mjs scripts/search/compare-stemmers.ts`: the search query set (scripts/search/queries.ts)
// over the test corpus, once with this product's analyser (normalisation + light10 + variants + entity
// tokens, lib/search) and once with PostgreSQL's built-in `arabic` configuration
// (to_tsvector('arabic', title + caption + body) @@ websearch_to_tsquery('arabic', q)). Prints recall
// (share of the must-find articles found) and judged precision (share of the judged articles found that
// are must-find rather than must-not-find) per query and in total. Queries with filters are skipped.
import fs from "node:fs";
import path from "node:path";
import { connect } from "../../lib/data/client";
import { ensureDatabase } from "../../lib/data/server/database";
import { startEmbeddedPostgres } from "../../lib/data/server/embedded";
import { applyMigrations } from "../../lib/data/schema/migrate";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { parseSearchParams } from "../../lib/params/search";
import { QUERIES } from "./queries";
import { ROOT } from "../lib/product-database";

interface Score {
  found: number;
  relevant: number;
  judged: number;
  must: number;
}
const add = (a: Score, b: Score): Score => ({ found: a.found + b.found, relevant: a.relevant + b.relevant, judged: a.judged + b.judged, must: a.must + b.must });
const zero: Score = { found: 0, relevant: 0, judged: 0, must: 0 };
const pct = (n: number, d: number) => (d === 0 ? "  -  " : `${((100 * n) / d).toFixed(0).padStart(3)}%`);

function score(found: string[], must: string[], mustNot: string[]): Score {
  const relevant = found.filter((k) => must.includes(k)).length;
  const judged = relevant + found.filter((k) => mustNot.includes(k)).length;
  return { found: found.length, relevant, judged, must: must.length };
}

const dataDir = path.join(ROOT, ".tmp", `compare-stemmers-${process.pid}`);
const server = await startEmbeddedPostgres({ dataDir });
try {
  const url = await ensureDatabase(server.adminUrl, "compare_stemmers");
  await applyMigrations(url);
  const db = connect(url, 2);
  await loadFiles(db, listInputFiles([path.join(ROOT, "tests", "search", "corpus")]));
  process.env.DATABASE_URL = url;
  const { search } = await import("../../lib/data/search");
  const keyOf = new Map(
    (await db.pool.query<{ id: number; sourceFile: string }>(`SELECT id, "sourceFile" FROM "Article"`)).rows.map((r) => [r.id, path.basename(r.sourceFile, ".txt")]),
  );

  let ours = zero;
  let arabic = zero;
  console.log("query".padEnd(34), "light10+variants  recall precision found | pg arabic  recall precision found");
  for (const c of QUERIES) {
    if (c.filters || !c.q || c.must.length === 0) continue;
    const parsed = parseSearchParams(new URLSearchParams({ q: c.q, pageSize: "50" }));
    if (!parsed.ok) continue;
    const mine = (await search(parsed.value)).hits.map((h) => keyOf.get(h.articleId)!);
    const pg = (
      await db.pool.query<{ id: number }>(
        `SELECT id FROM "Article" WHERE to_tsvector('arabic', title || ' ' || coalesce(caption, '') || ' ' || body) @@ websearch_to_tsquery('arabic', $1)`,
        [c.q],
      )
    ).rows.map((r) => keyOf.get(r.id)!);
    const a = score(mine, c.must, c.mustNot ?? []);
    const b = score(pg, c.must, c.mustNot ?? []);
    ours = add(ours, a);
    arabic = add(arabic, b);
    const cells = (s: Score) => [pct(s.relevant, s.must), "   ", pct(s.relevant, s.judged), "  ", String(s.found).padStart(3)];
    console.log(c.q.slice(0, 32).padEnd(34), "                 ", ...cells(a), " |           ", ...cells(b));
  }
  console.log(`\ntotal: light10+variants recall ${pct(ours.relevant, ours.must)}, judged precision ${pct(ours.relevant, ours.judged)}, ${ours.found} found`);
  console.log(`total: pg arabic        recall ${pct(arabic.relevant, arabic.must)}, judged precision ${pct(arabic.relevant, arabic.judged)}, ${arabic.found} found`);
  await db.close();
  const { database } = await import("../../lib/data/client");
  await database().close();
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
