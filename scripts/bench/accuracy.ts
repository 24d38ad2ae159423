// `npm run bench:accuracy [-- DIR...] [--misses FIELD]`: the loader's accuracy on real coverage with
// hand-checked gold (../shared/dev-corpus by default). Prints a table per slice and overall, then one
// line with every figure. Without the corpus it says so and exits 0 (it is third-party text, not ours).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { MISS_FIELDS, missesOf, type MissField } from "./accuracy/misses";
import { formatTable, summaryLine } from "./accuracy/print";
import { runAccuracy } from "./accuracy/run";
import { DEV_CORPUS } from "./accuracy/corpus";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: "string", multiple: true, default: [] } },
});
const roots = positionals.length ? positionals.map((p) => path.resolve(p)) : [DEV_CORPUS];
const absent = roots.filter((r) => !fs.existsSync(r));
if (absent.length) {
  console.log(`No gold corpus at ${absent.join(", ")}: nothing to measure.`);
  process.exit(0);
}
const wrong = values.misses.filter((f) => !(MISS_FIELDS as readonly string[]).includes(f));
if (wrong.length) {
  console.error(`--misses takes ${MISS_FIELDS.join(", ")}; not ${wrong.join(", ")}`);
  process.exit(2);
}

const report = runAccuracy(roots);
for (const field of values.misses as MissField[]) {
  console.log(`\n# ${field}`);
  for (const line of missesOf(report.items, field)) console.log(line);
}
console.log(`\n${formatTable([...report.slices, { name: "overall", counts: report.overall }])}\n`);
console.log(`${report.overall.articles} articles in ${(report.ms / 1000).toFixed(1)} s`);
console.log(summaryLine(report.overall));
