// `npm run ingest -- [--dry-run] [--json] <file|folder>...`: load articles into the database.
import path from "node:path";
import { parseArgs } from "node:util";
import { STDIN, listInputFiles } from "../lib/load/read-inputs";
import { loadFiles, type FileResult } from "../lib/load/load";
import { toDryRunJson } from "../lib/load/dry-run-json";
import { progressReporter } from "./lib/progress";
import { withProductDatabase } from "./lib/product-database";
import { jsonLogs, logJson } from "../lib/log";
import { endQuietlyOnClosedPipe, exitWhenFlushed } from "./lib/exit-flushed";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});

if (positionals.length === 0) {
  console.error("usage: npm run ingest -- [--dry-run] [--json] [--verbose] <file|folder|->...");
  process.exit(2);
}

let files: string[];
try {
  files = listInputFiles(positionals.map((p) => (p === STDIN ? p : path.resolve(p))));
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(2);
}

endQuietlyOnClosedPipe(process.stdout);
const terminal = progressReporter(files.length, { verbose: values.verbose });
const progress = (r: FileResult, i: number) => {
  if (values.json) process.stdout.write(`${JSON.stringify(toDryRunJson(r))}\n`);
  else if (!jsonLogs()) terminal(r, i); // LOG_FORMAT=json: the loader logs one JSON line per article instead
};

const run = async () => {
  if (values["dry-run"]) return loadFiles(null, files, { onResult: progress });
  return withProductDatabase((db) => loadFiles(db, files, { onResult: progress }));
};

const summary = await run();
const c = summary.counts;
if (jsonLogs() && !values.json) logJson("ingest finished", { files: files.length, ...c });
else if (!values.json) {
  console.log(`\n${files.length} files: ${c.loaded} loaded, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed`);
}
// Not process.exit(): piped JSON records still queued on stdout would be lost.
await exitWhenFlushed(summary.counts.failed > 0 ? 1 : 0);
