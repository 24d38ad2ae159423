// `npm run db:backup -- <file>`: a consistent backup of the product database (embedded or DATABASE_URL).
import path from "node:path";
import { backupDatabase } from "../lib/data/server/backup";
import { withProductDatabase } from "./lib/product-database";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:backup -- <file.jsonl.gz>");
  process.exit(2);
}
const started = Date.now();
const counts = await withProductDatabase((db) => backupDatabase(db, path.resolve(file)));
console.log(
  `✓ Backup written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}`,
);
