// Grouping scales by blocking (days and people; sketches for undated articles), not by comparing all
// pairs. A loose bound here; scripts/events/bench.ts measures 100,000 articles.
import { describe, expect, it } from "vitest";
import { groupCoverage } from "../../lib/events/group";
import { generateCoverage } from "../../scripts/events/generate";
import { countPairs, groupsOf, precision, recall } from "../../scripts/events/pairs";

describe("grouping at scale", () => {
  it("groups 10,000 generated articles in seconds, with its gold mostly recovered", () => {
    const { items, goldOf } = generateCoverage(10_000, 3);
    const t = performance.now();
    const events = groupCoverage(items);
    expect(performance.now() - t).toBeLessThan(20_000);
    const gold = new Map<string, string[]>();
    for (const [key, e] of goldOf) gold.set(e, [...(gold.get(e) ?? []), key]);
    const c = countPairs([...gold.values()], groupsOf(events));
    expect(precision(c)).toBeGreaterThan(0.95);
    expect(recall(c)).toBeGreaterThan(0.9);
  }, 60_000);
});
