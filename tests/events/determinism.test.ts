// Grouping is a function of the set of articles: any order gives the same events, and unrelated
// cases grouped together give what each gives alone.
import { describe, expect, it } from "vitest";
import { groupCoverage } from "../../lib/events/group";
import { SYNTHETIC_CASES } from "../../scripts/events/cases";
import { generateCoverage } from "../../scripts/events/generate";

const all = SYNTHETIC_CASES.flatMap((c) => c.items);

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("deterministic grouping", () => {
  it("gives the same events for the same articles in any order", () => {
    const expected = groupCoverage(all);
    for (const seed of [1, 2, 3]) expect(groupCoverage(shuffled(all, seed))).toEqual(expected);
    const generated = generateCoverage(1500, 7).items;
    expect(groupCoverage(shuffled(generated, 5))).toEqual(groupCoverage(generated));
  });

  it("groups every case together as it groups each alone", () => {
    const together = groupCoverage(all);
    const alone = SYNTHETIC_CASES.flatMap((c) => groupCoverage(c.items));
    const bySlugKeys = (events: typeof together) => events.map((e) => [e.slug, e.members.map((m) => m.key)]).sort();
    expect(bySlugKeys(together)).toEqual(bySlugKeys(alone));
  });

  it("refuses two items with one key", () => {
    expect(() => groupCoverage([all[0]!, all[0]!])).toThrow(/duplicate item key/);
  });
});
