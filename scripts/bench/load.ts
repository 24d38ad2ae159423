// Loading throughput: N pre-extracted articles written into a throwaway database.
// `npm run bench:load -- [count=20000] [batch=500]`
import path from "node:path";
import { syncPeople } from "../../lib/data/write/sync-people";
import { writeArticles } from "../../lib/data/write/write-articles";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { extractFile, recordOf } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { ROOT } from "../lib/product-database";
import { withBenchDatabase } from "./lib/database";

const count = Number(process.argv[2] ?? 20_000);
const batch = Number(process.argv[3] ?? 500);

// Variants of the samples: distinct inputs (new hash) with realistic size and metadata.
const samples = listInputFiles([path.join(ROOT, "data", "samples")]).map(extractFile);
const records = Array.from({ length: count }, (_, i) => {
  const { input, extracted } = samples[i % samples.length]!;
  return recordOf({ ...input, fileName: `bench-${i}.txt`, text: `${input.text}\n${i}` }, extracted);
});
const bytes = records.reduce((n, r) => n + r.input.text.length * 2, 0);

// Durable writes (fsync on): what a real load pays.
await withBenchDatabase("bench_load", {}, async ({ database }) => {
  await syncPeople(database, loadGazetteers().people);
  const started = performance.now();
  for (let i = 0; i < records.length; i += batch) {
    const outcomes = await writeArticles(database, records.slice(i, i + batch));
    if (outcomes.some((o) => !o.ok)) throw new Error("a write failed");
  }
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  await writeArticles(database, records.slice(0, 5000));
  const unchangedRate = Math.min(5000, count) / ((performance.now() - again) / 1000);
  console.log(`articles: ${count} (~${(bytes / count / 1024).toFixed(1)} KiB of text each), batch ${batch}`);
  console.log(`bulk load: ${(count / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s)`);
  console.log(`re-load of unchanged articles: ${unchangedRate.toFixed(0)} articles/s`);
});
