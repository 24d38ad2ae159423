// Properties of date finding by role: readings of ambiguous numeric dates, year inference by weekday,
// year-less day-months, and that an undecided date is never stated.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekdayOfIso, yearsWithWeekday } from "../../lib/arabic/calendar";
import { findDates } from "../../lib/arabic/dates";
import { scanMonths } from "../../lib/arabic/day-months";
import { decideReading, type ReadingEvidence } from "../../lib/extract/date-ambiguity";
import { extractArticle } from "../../lib/extract/extract";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { anyText } from "./arbitraries";

const RUNS = { numRuns: 300 };
const registry = loadGazetteers();
const WEEKDAYS = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const MONTHS = ["يناير", "شباط", "آذار", "أبريل", "أيار", "يونيو", "تموز", "أغسطس", "أيلول", "أكتوبر", "تشرين الثاني", "كانون الأول"];
const day = fc.integer({ min: 1, max: 31 });
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 2011, max: 2018 });
const iso = fc.date({ min: new Date("2011-01-01T00:00:00Z"), max: new Date("2018-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("numeric dates that read two ways", () => {
  it("carry as alternative the swapped reading, a different real day, only when both are valid", () => {
    fc.assert(
      fc.property(day, month, year, fc.constantFrom("/", "-", "."), (d, m, y, sep) => {
        const [found] = findDates(`${d}${sep}${m}${sep}${y}`);
        if (!found) return;
        if (found.alternative) {
          expect(sep).not.toBe(".");
          expect(found.alternative).not.toBe(found.iso);
          expect([found.alternative.slice(5, 7), found.alternative.slice(8, 10)]).toEqual([found.iso.slice(8, 10), found.iso.slice(5, 7)]);
        } else if (sep !== "." && d <= 12 && m <= 12 && d !== m) {
          throw new Error(`${d}${sep}${m}${sep}${y} reads two ways but has no alternative`);
        }
      }),
      RUNS,
    );
  });

  it("are decided the same way whichever reading is listed first", () => {
    const evidence = fc.record({
      weekdayBeside: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      urlDates: fc.array(iso, { maxLength: 2 }),
      textDates: fc.array(
        iso.map((i) => ({ iso: i, text: i })),
        { maxLength: 2 },
      ),
      dayMonths: fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), month, text: fc.constant("x") }), { maxLength: 2 }),
      leadWeekdays: fc.array(fc.record({ weekday: fc.integer({ min: 0, max: 6 }), relation: fc.constantFrom("today", "yesterday", "bare", "next"), text: fc.constant("x") }), {
        maxLength: 2,
      }),
      currentMonths: fc.array(fc.record({ month, text: fc.constant("x") }), { maxLength: 1 }),
    }) as fc.Arbitrary<ReadingEvidence>;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), year, evidence, (d, m, y, ev) => {
        fc.pre(d !== m);
        const a = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const b = `${y}-${String(d).padStart(2, "0")}-${String(m).padStart(2, "0")}`;
        expect(decideReading([a, b], ev)?.iso ?? null).toBe(decideReading([b, a], ev)?.iso ?? null);
      }),
      RUNS,
    );
  });

  it("are never stated when nothing in the page decides them: both readings become candidates", () => {
    const prose = "قال المتحدث باسم الوزارة إن المحادثات بين الطرفين مستمرة وإن الاتصالات لم تنقطع رغم الخلافات القائمة.";
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), year, fc.constantFrom("/", "-"), (d, m, y, sep) => {
        fc.pre(d !== m);
        const text = ["عنوان الخبر عن المحادثات بين الطرفين", "", `${d}${sep}${m}${sep}${y}`, "", prose, "", prose];
        const x = extractArticle({ fileName: "p.txt", text: text.join("\n") }, registry);
        expect(x.dateBasis).toBe("unknown");
        expect(x.dateClues!.candidates.map((c) => c.iso).sort()).toHaveLength(2);
      }),
      { numRuns: 60 },
    );
  });
});

describe("year-less dates", () => {
  it("get from their weekday only years whose calendar agrees, inside the range asked", () => {
    fc.assert(
      fc.property(day, month, fc.integer({ min: 0, max: 6 }), (d, m, w) => {
        for (const y of yearsWithWeekday(m, d, w, 2011, 2018)) {
          const i = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(weekdayOfIso(i)).toBe(w);
          expect(Number(i.slice(8, 10))).toBe(d); // a real day: 31 April never fits
        }
      }),
      RUNS,
    );
  });

  it("are found with their weekday in generated sentences, and quoted from the input", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), day, fc.integer({ min: 0, max: 11 }), anyText, (w, d, m, noise) => {
        const text = `${noise} قال الوزير ${WEEKDAYS[w]} ${d} ${MONTHS[m]} إن ${noise}`;
        const { dayMonths } = scanMonths(text);
        for (const dm of dayMonths) expect(text.slice(dm.start, dm.end)).toBe(dm.text);
        expect(dayMonths.some((dm) => dm.day === d && dm.month === m + 1 && dm.weekday === w)).toBe(true);
      }),
      RUNS,
    );
  });

  it("never throw on any text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { dayMonths, months } = scanMonths(s);
        for (const dm of dayMonths) expect(s.slice(dm.start, dm.end)).toBe(dm.text);
        for (const mm of months) expect(s.slice(mm.start, mm.start + mm.text.length)).toBe(mm.text);
      }),
      RUNS,
    );
  });
});
