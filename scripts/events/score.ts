// `node scripts/run.mjs scripts/events/score.ts`: pairwise precision and recall of event grouping over
// every test case — the five samples (real extraction, gold from tests/fixtures/seed-gold.json) and the
// synthetic cases of scripts/events/cases.ts, each grouped alone, then all grouped together; then the
// held-out cases of scripts/events/heldout.ts, written after the thresholds were set.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { coverageItemOf } from "../../lib/events/coverage-item";
import { groupCoverage } from "../../lib/events/group";
import { extractFile } from "../../lib/load/load";
import type { EventCase } from "./fixtures";
import { SYNTHETIC_CASES } from "./cases";
import { HELD_OUT_CASES } from "./heldout";
import { countPairs, groupsOf, precision, recall, type PairCounts } from "./pairs";

function samplesCase(): EventCase {
  const dir = path.resolve("data/samples");
  const gold = JSON.parse(readFileSync("tests/fixtures/seed-gold.json", "utf8")) as { articles: Array<{ file: string; event: string }> };
  const items = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => coverageItemOf(f, extractFile(path.join(dir, f)).extracted));
  const byEvent = new Map<string, string[]>();
  for (const a of gold.articles) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a.file]);
  return { name: "data/samples (seed gold)", items, gold: [...byEvent.values()] };
}

const line = (name: string, c: PairCounts) => console.log(`${name.padEnd(72)} P ${precision(c).toFixed(3)}  R ${recall(c).toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);

function scoreEach(label: string, cases: EventCase[]) {
  const total: PairCounts = { tp: 0, fp: 0, fn: 0 };
  for (const c of cases) {
    const counts = countPairs(c.gold, groupsOf(groupCoverage(c.items)));
    total.tp += counts.tp;
    total.fp += counts.fp;
    total.fn += counts.fn;
    line(c.name, counts);
  }
  line(label, total);
  const together = countPairs(
    cases.flatMap((c) => c.gold),
    groupsOf(groupCoverage(cases.flatMap((c) => c.items))),
  );
  line(`${label}, grouped together`, together);
}

scoreEach("tuned cases (samples and scripts/events/cases.ts)", [samplesCase(), ...SYNTHETIC_CASES]);
console.log();
scoreEach("held-out cases (scripts/events/heldout.ts)", HELD_OUT_CASES);
