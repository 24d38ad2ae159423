// `node scripts/run.mjs scripts/events/bench.ts [count]`: groups a generated corpus (scripts/events/generate.ts,
// 100,000 articles by default) and prints the time to read every article's features, the time to group
// them, and pairwise precision/recall against the corpus's own gold events.
import { performance } from "node:perf_hooks";
import { loadEventCues } from "../../lib/events/cues";
import { featuresOf } from "../../lib/events/features";
import { groupFeatures } from "../../lib/events/group";
import { loadEventNames } from "../../lib/events/names";
import { generateCoverage } from "./generate";
import { countPairs, groupsOf, precision, recall } from "./pairs";

const n = Number(process.argv[2] ?? 100_000);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

let t = performance.now();
const { items, goldOf } = generateCoverage(n);
const undated = items.filter((i) => !i.publishedAt).length;
const words = Math.round(items.reduce((s, i) => s + i.body.split(/\s+/).length, 0) / items.length);
console.log(`generated ${items.length} articles (${undated} undated, ${words} words each on average) in ${seconds(t)} s`);

const cues = loadEventCues();
const names = loadEventNames();
t = performance.now();
const features = items.map((item) => featuresOf(item, cues, names));
const read = seconds(t);
t = performance.now();
const events = groupFeatures(features, names);
console.log(`read features in ${read} s, grouped into ${events.length} events in ${seconds(t)} s`);

const gold = new Map<string, string[]>();
for (const [key, e] of goldOf) gold.set(e, [...(gold.get(e) ?? []), key]);
const c = countPairs([...gold.values()], groupsOf(events));
console.log(`pairwise precision ${precision(c).toFixed(3)}, recall ${recall(c).toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
