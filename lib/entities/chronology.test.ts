import { describe, expect, it } from "vitest";
import { buildChronology, loadChronology } from "./chronology";

const entry = {
  id: "2016-10-15-lausanne-meeting",
  date: "2016-10-15",
  endDate: null,
  kind: "meeting",
  place: "lausanne",
  placeAr: "لوزان",
  participants: ["john-kerry", "sergey-lavrov"],
  titleAr: "لقاء في لوزان",
  titleEn: "A meeting in Lausanne",
  aliasesAr: [],
  storyline: null,
  sources: ["https://example.org/a"],
};

describe("the reference chronology", () => {
  it("loads data/chronology.json: at least 80 entries, sorted, each with a source", () => {
    const entries = loadChronology();
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(entries.every((e) => e.sources.length > 0)).toBe(true);
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
  });

  it("names the entry and the field of a malformed entry", () => {
    const bad = { about: "", entries: [entry, { ...entry, id: "2016-10-16-x", date: "2016-13-01" }] };
    expect(() => buildChronology(bad)).toThrow(/entry 2 \(2016-10-16-x\), date/);
  });

  it("refuses duplicate ids, an end before the start, a kind it does not know and an entry without sources", () => {
    expect(() => buildChronology({ about: "", entries: [entry, entry] })).toThrow(/duplicate id 2016-10-15-lausanne-meeting/);
    expect(() => buildChronology({ about: "", entries: [{ ...entry, endDate: "2016-10-14" }] })).toThrow(/endDate is before date/);
    expect(() => buildChronology({ about: "", entries: [{ ...entry, kind: "picnic" }] })).toThrow(/kind/);
    expect(() => buildChronology({ about: "", entries: [{ ...entry, sources: [] }] })).toThrow(/at least one public source/);
  });
});
