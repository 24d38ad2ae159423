import { describe, expect, it } from "vitest";
import { formatArabicDate, formatArabicDateRange, formatArabicMonth, formatDayMonth, formatHijriDate, formatHijriRange, formatMonthName, formatYear } from "./dates";
import type { DisplaySettings } from "./settings";

const WESTERN: DisplaySettings = { digits: "latn", hijri: false };
const EASTERN: DisplaySettings = { digits: "arab", hijri: false };
const EASTERN_HIJRI: DisplaySettings = { digits: "arab", hijri: true };
const WESTERN_HIJRI: DisplaySettings = { digits: "latn", hijri: true };

describe("Gregorian dates", () => {
  it("names the weekday and month in Arabic, in the reader's digits", () => {
    expect(formatArabicDate("2016-07-14")).toBe("الخميس، 14 يوليو 2016");
    expect(formatArabicDate("2016-07-14", EASTERN)).toBe("الخميس، ١٤ يوليو ٢٠١٦");
  });
  it("does not shift the day with the server's time zone", () => {
    expect(formatArabicDate("2016-01-01", WESTERN)).toContain("1 يناير 2016");
    expect(formatArabicDate("2016-12-31", WESTERN)).toContain("31 ديسمبر 2016");
  });
  it("writes months and ranges", () => {
    expect(formatArabicMonth("2016-07-01", EASTERN)).toBe("يوليو ٢٠١٦");
    expect(formatArabicDateRange("2016-07-14", "2016-07-15", EASTERN)).toBe("الخميس، ١٤ يوليو ٢٠١٦ – الجمعة، ١٥ يوليو ٢٠١٦");
    expect(formatArabicDateRange("2016-07-14", "2016-07-14", WESTERN)).toBe("الخميس، 14 يوليو 2016");
    expect(formatArabicDateRange("2016-07-14", null, WESTERN)).toBe("الخميس، 14 يوليو 2016");
  });
});

describe("Hijri dates (Umm al-Qura, from Intl)", () => {
  it("gives 9 Shawwal 1437 for 14 July 2016 (Kerry in Moscow)", () => {
    expect(formatHijriDate("2016-07-14", WESTERN_HIJRI)).toBe("9 شوال 1437 هـ");
    expect(formatHijriDate("2016-07-14", EASTERN_HIJRI)).toBe("٩ شوال ١٤٣٧ هـ");
  });
  it("crosses a Hijri year boundary (1 Muharram 1438 = 2 October 2016)", () => {
    expect(formatHijriDate("2016-10-02", WESTERN_HIJRI)).toBe("1 محرم 1438 هـ");
  });
  it("is shown only when the reader asks for it", () => {
    expect(formatHijriRange("2016-07-14", null, EASTERN)).toBeNull();
    expect(formatHijriRange("2016-07-14", "2016-07-15", EASTERN_HIJRI)).toBe("٩ شوال ١٤٣٧ هـ – ١٠ شوال ١٤٣٧ هـ");
    expect(formatHijriRange("2016-07-14", "2016-07-14", EASTERN_HIJRI)).toBe("٩ شوال ١٤٣٧ هـ");
  });
});

describe("month names by region (the reader's month style)", () => {
  const LEVANT: DisplaySettings = { digits: "latn", hijri: false, months: "levant" };
  const MAGHREB_EASTERN: DisplaySettings = { digits: "arab", hijri: false, months: "maghreb" };
  it("uses the Egyptian and Gulf names by default", () => {
    expect(formatMonthName("2016-01-05")).toBe("يناير");
    expect(formatArabicMonth("2016-08-01", { digits: "latn", hijri: false, months: "egypt" })).toBe("أغسطس 2016");
  });
  it("uses the Levantine names, and the Maghrebi ones with the chosen digits", () => {
    expect(formatMonthName("2016-01-05", LEVANT)).toBe("كانون الثاني");
    expect(formatArabicDate("2016-07-14", LEVANT)).toBe("الخميس، 14 تموز 2016");
    expect(formatMonthName("2016-06-05", MAGHREB_EASTERN)).toBe("جوان");
    expect(formatDayMonth("2016-07-14", MAGHREB_EASTERN)).toBe("١٤ جويلية");
  });
  it("writes years alone in the chosen digits", () => {
    expect(formatYear("2016-07-14")).toBe("2016");
    expect(formatYear("2016-07-14", MAGHREB_EASTERN)).toBe("٢٠١٦");
  });
  it("leaves the Hijri date alone", () => {
    expect(formatHijriDate("2016-07-14", { ...LEVANT, hijri: true })).toBe("9 شوال 1437 هـ");
  });
});
