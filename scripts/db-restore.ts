// `npm run db:restore -- <file>`: replaces the product database's content with a backup (one transaction).
import fs from "node:fs";
import path from "node:path";
import { restoreDatabase } from "../lib/data/server/backup";
import { withProductDatabase } from "./lib/product-database";

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error(file ? `✗ No such file: ${file}` : "usage: npm run db:restore -- <file.jsonl.gz>");
  process.exit(2);
}
const started = Date.now();
const counts = await withProductDatabase((db) => restoreDatabase(db, path.resolve(file)));
console.log(
  `✓ Restored ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}`,
);
console.log("  A running app shows the restored data on its next request.");
