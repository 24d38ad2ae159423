import { describe, expect, it } from "vitest";
import { decideReading, type ReadingEvidence } from "./date-ambiguity";

// 7/8/2017 read day first is 7 August (a Monday); month first, 8 July (a Saturday).
const READINGS = ["2017-08-07", "2017-07-08"] as const;
const none: ReadingEvidence = { weekdayBeside: null, urlDates: [], textDates: [], dayMonths: [], leadWeekdays: [], currentMonths: [] };
const decide = (ev: Partial<ReadingEvidence>) => decideReading(READINGS, { ...none, ...ev });

describe("decideReading: a numeric date that reads two ways", () => {
  it("stays undecided when nothing in the text or URL speaks", () => {
    expect(decide({})).toBeNull();
  });

  it("is decided by a weekday written beside it", () => {
    expect(decide({ weekdayBeside: 6 })?.iso).toBe("2017-07-08");
    expect(decide({ weekdayBeside: 1 })?.iso).toBe("2017-08-07");
    expect(decide({ weekdayBeside: 3 })).toBeNull(); // fits neither
  });

  it("is decided by the URL's date, or another date in the text within a week", () => {
    expect(decide({ urlDates: ["2017-07-09"] })?.iso).toBe("2017-07-08");
    expect(decide({ textDates: [{ iso: "2017-08-05", text: "5 أغسطس 2017" }] })?.iso).toBe("2017-08-07");
    const yearless = decide({ dayMonths: [{ day: 9, month: 7, text: "9 تموز" }] });
    expect(yearless).toEqual({ iso: "2017-07-08", why: "تاريخ «9 تموز» القريب منه" });
  });

  it("is decided by the weekday the lead names for the day, and by the month the text calls current", () => {
    expect(decide({ leadWeekdays: [{ weekday: 6, relation: "today", text: "السبت" }] })?.iso).toBe("2017-07-08");
    expect(decide({ leadWeekdays: [{ weekday: 0, relation: "yesterday", text: "الأحد" }] })?.iso).toBe("2017-08-07");
    expect(decide({ currentMonths: [{ month: 8, text: "أغسطس" }] })?.iso).toBe("2017-08-07");
  });

  it("stays undecided when deciders disagree", () => {
    expect(decide({ weekdayBeside: 6, urlDates: ["2017-08-07"] })).toBeNull();
  });

  it("passes over evidence that fits both readings", () => {
    // 12-02-2016: 12 February and 2 December 2016 are both Fridays; «فبراير الجاري» decides.
    const both = decideReading(["2016-02-12", "2016-12-02"], { ...none, weekdayBeside: 5, currentMonths: [{ month: 2, text: "فبراير" }] });
    expect(both?.iso).toBe("2016-02-12");
  });

  it("falls back on the month of another date in the text only when nothing else speaks", () => {
    expect(decide({ dayMonths: [{ day: 25, month: 7, text: "25 يوليو" }] })?.iso).toBe("2017-07-08");
    expect(
      decide({
        dayMonths: [
          { day: 25, month: 7, text: "25 يوليو" },
          { day: 20, month: 8, text: "20 أغسطس" },
        ],
      }),
    ).toBeNull();
  });
});
