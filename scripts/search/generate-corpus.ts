// `npm run search:generate -- --articles N --out dir`: N generated articles as text files for `npm run ingest`
// (scripts/bench/search-corpus.ts). `--database URL` writes them in bulk straight into that database instead
// (search text computed by lib/search/index-text.ts, as at ingest); `--seed S` picks another corpus.
import { parseArgs } from "node:util";
import { connect } from "../../lib/data/client";
import { loadCorpus, writeCorpusFiles } from "../bench/search-corpus";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "1000" }, out: { type: "string" }, database: { type: "string" }, seed: { type: "string", default: "42" } },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || (!values.out && !values.database)) {
  console.error("usage: npm run search:generate -- --articles N (--out dir | --database postgresql://...) [--seed S]");
  process.exit(2);
}
const started = performance.now();
if (values.out) {
  writeCorpusFiles(values.out, articles, seed);
  console.log(`${articles} articles written under ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else {
  const db = connect(values.database!, 2);
  try {
    const stats = await loadCorpus(db, { articles, seed });
    console.log(`${articles} articles loaded in ${stats.seconds.toFixed(1)} s (${(articles / stats.seconds).toFixed(0)}/s)`);
  } finally {
    await db.close();
  }
}
