import { describe, expect, it } from "vitest";
import { findDateClues } from "./date-clues";
import { inferWritingDate } from "./date-inference";

const infer = (text: string, urls: string[] = []) => inferWritingDate(findDateClues("", text, urls), []);

describe("inferWritingDate: a weekday fixes a year-less date", () => {
  it("dates a story from its lead's weekday + day-month when one year fits", () => {
    const r = infer("بحث وزيرا الخارجية يوم الثلاثاء 29 أكتوبر/تشرين الأول التحضير لمؤتمر جنيف.");
    expect(r.date).toEqual({ iso: "2013-10-29", evidence: "يوم «الثلاثاء» المكتوب مع «29 أكتوبر/تشرين الأول» لا يوافقه إلا عام 2013، وهو في مستهل الخبر: يؤرخ به" });
  });

  it("places the lead's «اليوم» against that date", () => {
    const r = infer("أعلن المتحدث اليوم الأربعاء أن نائب الوزير قال الثلاثاء 19 يناير إن المحادثات قائمة.");
    expect(r.date?.iso).toBe("2016-01-20");
    // A date still to come may be weeks ahead: it fixes no day of writing, and stays a candidate.
    const ahead = infer("قال المتحدث اليوم الأربعاء إن الاجتماع سيعقد الجمعة 22 يناير المقبل.");
    expect(ahead.date).toBeNull();
    expect(ahead.candidates.map((c) => c.iso)).toEqual(["2016-01-22"]);
  });

  it("applies «أمس» and «غدا» said of the date", () => {
    expect(infer("التقى الوزيران أمس الأربعاء 16 ديسمبر في موسكو.").date?.iso).toBe("2015-12-17");
  });

  it("keeps every year as a candidate when several fit, unless the text names one of them", () => {
    const r = infer("انعقد الاجتماع الثلاثاء 17 مايو في فيينا بحضور الوزيرين.");
    expect(r.date).toBeNull();
    expect(r.candidates.map((c) => c.iso)).toEqual(["2011-05-17", "2016-05-17"]);
    expect(infer("انعقد الاجتماع الثلاثاء 17 مايو في فيينا، وهو الرابع منذ مطلع 2016.").date?.iso).toBe("2016-05-17");
  });

  it("narrows the years by the URL's month archive", () => {
    expect(infer("انعقد الاجتماع الثلاثاء 17 مايو في فيينا.", ["https://example.com/Web/News/2011/5/100.html"]).date?.iso).toBe("2011-05-17");
  });

  it("does not date a story by a year-fixed date outside its lead, or one marked as another occasion", () => {
    const later = infer("قال الوزير إن المحادثات مستمرة.\n\nوكان الوزيران التقيا الثلاثاء 29 أكتوبر في جنيف.");
    expect(later.date).toBeNull();
    expect(later.candidates).toEqual([{ iso: "2013-10-29", evidence: "يوم «الثلاثاء» المكتوب مع «29 أكتوبر» لا يوافقه إلا عام 2013، وليس بالضرورة يوم كتابة الخبر" }]);
    expect(infer("تمسك الوزير باتفاق الجمعة 9 سبتمبر رغم الخروقات.").date).toBeNull();
  });

  it("decides nothing when two clues point to different days", () => {
    const r = infer("قال الوزير الثلاثاء 29 أكتوبر إن اللقاء قائم، والتقى نظيره السبت 14 نوفمبر.");
    expect(r.date).toBeNull();
    expect(r.candidates.map((c) => c.iso).sort()).toEqual(["2013-10-29", "2015-11-14"]);
  });
});

describe("inferWritingDate: a full date said of yesterday", () => {
  it("gives the day after it", () => {
    const r = inferWritingDate(findDateClues("", "نص."), [{ iso: "2016-04-12", text: "أمس (12 أبريل 2016)", writingOffset: 1 }]);
    expect(r.date?.iso).toBe("2016-04-13");
  });
});
