// `npm run search:reindex [-- --all]`: compute the search text of articles that have none (or of all
// articles with --all, after changing lib/search). Safe beside a running `npm start`.
import { reindexSearch } from "../../lib/data/write/reindex-search";
import { withProductDatabase } from "../lib/product-database";

const all = process.argv.includes("--all");
const started = performance.now();
const n = await withProductDatabase((db) => reindexSearch(db, { all }));
console.log(`✓ search text of ${n} articles (${((performance.now() - started) / 1000).toFixed(1)} s)`);
