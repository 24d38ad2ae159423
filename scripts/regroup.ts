// `npm run events:regroup`: recompute all events from the stored coverage (after changing the
// grouping rules or data/event-cues.json; loading does this by itself when coverage changes).
import { regroupEvents } from "../lib/load/regroup";
import { withProductDatabase } from "./lib/product-database";

const started = performance.now();
const { events, inferredDates } = await withProductDatabase(regroupEvents);
console.log(`✓ ${events} events, ${inferredDates} inferred dates (${((performance.now() - started) / 1000).toFixed(1)} s)`);
