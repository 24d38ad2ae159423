import { describe, expect, it } from "vitest";
import { findDateClues } from "./date-clues";
import { resolveRelativeDays } from "./date-relative";

const resolve = (now: string, text: string) => resolveRelativeDays(now, findDateClues("", text), "", text).map((r) => [r.text, r.relation, r.iso, r.until, r.agrees]);

describe("resolveRelativeDays: relative words on the calendar, against the article's own day", () => {
  it("keeps the day of writing and the day of the event apart", () => {
    // A URL dated Wednesday 4 August 2015 with «أمس الثلاثاء»: the event was Tuesday the 3rd... which was a Monday.
    expect(resolve("2015-08-04", "التقى الوزيران أمس الثلاثاء في الدوحة.")).toEqual([["الثلاثاء", "yesterday", "2015-08-03", "2015-08-03", false]]);
    expect(resolve("2016-12-09", "التقى الوزيران أمس الخميس في هامبورغ.")).toEqual([["الخميس", "yesterday", "2016-12-08", "2016-12-08", true]]);
  });

  it("places next, last and bare weekdays", () => {
    const days = resolve("2016-02-22", "تبدأ الهدنة السبت المقبل، بعد اتصال الخميس الماضي، وقال الوزير الاثنين إن الأمر محسوم.");
    expect(days).toEqual([
      ["السبت", "next", "2016-02-27", "2016-02-27", true],
      ["الخميس", "last", "2016-02-18", "2016-02-18", true],
      ["الاثنين", "bare", "2016-02-22", "2016-02-22", true],
    ]);
  });

  it("gives «الأسبوع الماضي» and «الأسبوع المقبل» as Saturday-to-Friday weeks", () => {
    expect(resolve("2016-02-24", "وكان الوزيران قد التقيا الأسبوع الماضي، ويلتقيان الاسبوع المقبل.")).toEqual([
      ["الأسبوع الماضي", "lastWeek", "2016-02-13", "2016-02-19", true],
      ["الاسبوع المقبل", "nextWeek", "2016-02-27", "2016-03-04", true],
    ]);
  });
});
