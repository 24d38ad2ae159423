import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatNumber, formatPercent, localizeDigits } from "./numbers";
import type { DisplaySettings } from "./settings";

const WESTERN: DisplaySettings = { digits: "latn", hijri: false };
const EASTERN: DisplaySettings = { digits: "arab", hijri: false };
const noWestern = (s: string) => {
  expect(s).not.toMatch(/[0-9]/);
};
const noEastern = (s: string) => {
  expect(s).not.toMatch(/[٠-٩]/);
};

describe("formatNumber", () => {
  it("writes Western digits by default", () => {
    expect(formatNumber(4)).toBe("4");
    expect(formatNumber(1234)).toBe("1,234");
  });
  it("writes Eastern Arabic digits with the Arabic group separator", () => {
    expect(formatNumber(4, EASTERN)).toBe("٤");
    expect(formatNumber(1234, EASTERN)).toBe("١٬٢٣٤");
    expect(formatNumber(100000, EASTERN)).toBe("١٠٠٬٠٠٠");
  });
  it("never mixes numerals, for any whole number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        noWestern(formatNumber(n, EASTERN));
        noEastern(formatNumber(n, WESTERN));
        expect(Number(formatNumber(n, WESTERN).replace(/,/g, ""))).toBe(n);
      }),
    );
  });
});

describe("formatPercent", () => {
  it("rounds to whole percent in either digits", () => {
    expect(formatPercent(0.424, WESTERN).replace(/\u200E/g, "")).toBe("42%");
    expect(formatPercent(0.424, EASTERN)).toMatch(/^٤٢٪/);
    noWestern(formatPercent(0.5, EASTERN));
  });
});

describe("localizeDigits", () => {
  it("rewrites the digits of a ready-made string and nothing else", () => {
    expect(localizeDigits("الصفحة 12 من 2016-07", EASTERN)).toBe("الصفحة ١٢ من ٢٠١٦-٠٧");
    expect(localizeDigits("الصفحة 12", WESTERN)).toBe("الصفحة 12");
    expect(localizeDigits("بلا أرقام", EASTERN)).toBe("بلا أرقام");
  });
  it("agrees with Intl for every digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        expect(localizeDigits(String(n), EASTERN)).toBe(formatNumber(n, EASTERN));
      }),
    );
  });
});
