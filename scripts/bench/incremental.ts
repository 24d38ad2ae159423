// Incremental grouping at scale: with a generated corpus of 10,000 events and 100,000 articles stored,
// N of its dated articles are unlinked and grouped again as a load of new articles would
// (lib/load/assign-new.ts), against the time a full regroup takes.
// `npm run bench:incremental -- [new=100] [events=10000] [articles=100000]`
import { assignNewArticles } from "../../lib/load/assign-new";
import { regroupEvents } from "../../lib/load/regroup";
import { generateCorpus } from "./corpus";
import { withBenchDatabase } from "./lib/database";

const fresh = Number(process.argv[2] ?? 100);
const events = Number(process.argv[3] ?? 10_000);
const articles = Number(process.argv[4] ?? 100_000);
const log = (line: string) => console.log(`• ${line}`);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

await withBenchDatabase("bench_incremental", { ephemeral: true, port: 55950, poolSize: 4 }, async ({ database }) => {
  let started = performance.now();
  await generateCorpus(database, { events, articles });
  log(`corpus: ${events} events, ${articles} articles in ${seconds(started)} s`);

  const { rows } = await database.pool.query<{ id: number }>(`SELECT id FROM "Article" WHERE "dateBasis" IN ('explicit', 'url') ORDER BY md5(id::text) LIMIT $1`, [fresh]);
  const ids = rows.map((r) => r.id);
  await database.pool.query(`DELETE FROM "EventArticle" WHERE "articleId" = ANY($1::int[])`, [ids]);
  await database.pool.query(`DELETE FROM "Event" e WHERE NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = e.id)`);

  started = performance.now();
  await assignNewArticles(database, ids);
  const ms = performance.now() - started;
  log(`incremental: ${ids.length} new articles grouped in ${(ms / 1000).toFixed(2)} s (${(ms / ids.length).toFixed(1)} ms an article)`);

  started = performance.now();
  await regroupEvents(database);
  log(`full regroup of ${articles} articles: ${seconds(started)} s`);
});
