import { describe, expect, it } from "vitest";
import { formatArabicDate, formatArabicDateRange, formatArabicMonth, formatHijriDate, formatHijriRange } from "./dates";
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
