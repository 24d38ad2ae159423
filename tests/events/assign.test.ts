// One article at a time (assignToEvents) against the full recompute (groupCoverage).
import { describe, expect, it } from "vitest";
import { assignToEvents, type ExistingCoverage } from "../../lib/events/assign";
import { groupCoverage } from "../../lib/events/group";
import type { CoverageItem } from "../../lib/events/types";
import { meetingVersusVisit, sameCallThreeOutlets, SYNTHETIC_CASES, undatedPlacement } from "../../scripts/events/cases";
import { groupsOf } from "../../scripts/events/pairs";

const byDateThenUndated = (items: CoverageItem[]) => [...items].sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999") || a.key.localeCompare(b.key));

// The slug and anchor mechanics are the clustering stages': these made-up articles stay off the chronology.
const NO_CHRONOLOGY = { chronology: null };

function assignAll(items: CoverageItem[]): ExistingCoverage {
  let state: ExistingCoverage = { events: [], items: [] };
  for (const item of items) {
    const r = assignToEvents(item, state, NO_CHRONOLOGY);
    state = { events: r.events, items: [...state.items, item] };
  }
  return state;
}

describe("assignToEvents", () => {
  it.each(SYNTHETIC_CASES)("reaches the recompute's groups when articles arrive in date order: $name", (c) => {
    expect(groupsOf(assignAll(byDateThenUndated(c.items)).events)).toEqual(groupsOf(groupCoverage(c.items, NO_CHRONOLOGY)));
  });

  it("keeps an event's slug when a later report joins", () => {
    const [first, second, nextDay] = sameCallThreeOutlets.items;
    const one = assignToEvents(first!, { events: [], items: [] }, NO_CHRONOLOGY);
    expect(one).toMatchObject({ created: true, eventSlug: "2016-02-09-call-lavrov-kerry" });
    const two = assignToEvents(second!, { events: one.events, items: [first!] }, NO_CHRONOLOGY);
    const three = assignToEvents(nextDay!, { events: two.events, items: [first!, second!] }, NO_CHRONOLOGY);
    expect([two.created, three.created, two.eventSlug, three.eventSlug]).toEqual([false, false, one.eventSlug, one.eventSlug]);
  });

  it("moves the slug only when an earlier-dated report becomes the anchor", () => {
    const [day1, day2] = [meetingVersusVisit.items[2]!, meetingVersusVisit.items[3]!];
    const later = assignToEvents(day2, { events: [], items: [] }, NO_CHRONOLOGY);
    const earlier = assignToEvents(day1, { events: later.events, items: [day2] }, NO_CHRONOLOGY);
    expect(earlier.created).toBe(false);
    expect(later.eventSlug).toMatch(/^2016-03-24-/);
    expect(earlier.eventSlug).toBe("2016-03-23-visit-kerry-moscow");
    expect(earlier.events).toHaveLength(1);
  });

  it("returns an undated article's inferred date or the reason it has none", () => {
    const [monday, tuesday, noWeekday] = undatedPlacement.items;
    const start = assignToEvents(monday!, { events: [], items: [] }, NO_CHRONOLOGY);
    const placed = assignToEvents(tuesday!, { events: start.events, items: [monday!] }, NO_CHRONOLOGY);
    expect(placed).toMatchObject({ created: false, inferredDate: { date: "2016-01-26" } });
    const unplaced = assignToEvents(noWeekday!, { events: placed.events, items: [monday!, tuesday!] }, NO_CHRONOLOGY);
    expect(unplaced.inferredDate).toBeUndefined();
    expect(unplaced.undatedReason).toContain("لا يذكر يوم الأسبوع");
  });

  it("asks for every member's item", () => {
    const one = assignToEvents(sameCallThreeOutlets.items[0]!, { events: [], items: [] }, NO_CHRONOLOGY);
    expect(() => assignToEvents(sameCallThreeOutlets.items[1]!, { events: one.events, items: [] }, NO_CHRONOLOGY)).toThrow(/no item for/);
  });
});
