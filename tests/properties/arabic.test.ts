// Properties of Arabic normalisation and date finding over arbitrary Unicode.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "../../lib/arabic/dates";
import { foldCharwise, foldForMatch, normalizeArabic, normalizeSpace, westernDigits } from "../../lib/arabic/normalize";
import { anyText, SAMPLE_LINES } from "./arbitraries";

const RUNS = { numRuns: 400 };
const isCalendarDate = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

describe("normalisation (lib/arabic/normalize)", () => {
  it("never throws, and every fold is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const f of [normalizeArabic, foldForMatch, normalizeSpace, westernDigits, foldCharwise]) {
          const once = f(s);
          expect(typeof once).toBe("string");
          expect(f(once)).toBe(once);
        }
      }),
      RUNS,
    );
  });

  it("foldCharwise keeps every offset (same length), so matches on it can quote the original", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(foldCharwise(s).length).toBe(s.length);
      }),
      RUNS,
    );
  });

  it("foldForMatch leaves no invisible control, no double space and no edge space", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const k = foldForMatch(s);
        expect(k).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        expect(k).not.toMatch(/ {2}|^ | $/);
      }),
      RUNS,
    );
  });
});

describe("date finding (lib/arabic/dates)", () => {
  const dateish = fc.oneof(
    anyText,
    fc.constantFrom(...SAMPLE_LINES),
    fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom("أيلول", "سبتمبر", "فبراير شباط", "/", "-", "."), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 3000 }))
      .map(([d, m, mo, y]) => `${d} ${m} ${mo} ${y} ${d}/${mo}/${y} ${y}-${mo}-${d}`),
  );

  it("never throws, and every date it reports is a real calendar date quoted from the input", () => {
    fc.assert(
      fc.property(dateish, (s) => {
        for (const m of findDates(s)) {
          expect(isCalendarDate(m.iso), m.iso).toBe(true);
          expect(m.iso.startsWith(String(m.year).padStart(4, "0"))).toBe(true);
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      RUNS,
    );
  });
});
