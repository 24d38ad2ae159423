import { describe, expect, it } from "vitest";
import { findDateClues } from "./date-clues";

const body = (...paragraphs: string[]) => paragraphs.join("\n\n");

describe("findDateClues: weekdays and their relation to the day of writing", () => {
  it("reads today, yesterday, tomorrow, two days off, next, last and bare weekdays", () => {
    const c = findDateClues(
      "",
      body(
        "قال المتحدث اليوم الأربعاء إن الوزيرين التقيا أمس (الثلاثاء) وسيلتقيان غدا الخميس.",
        "وكان اتصال قد جرى أول أمس الاثنين، ويعقد اجتماع بعد غد الجمعة، وآخر السبت المقبل، بعد لقاء الأحد الماضي.",
        "وأكد الوزير السبت ذلك.",
      ),
    );
    expect(c.weekdays.map((w) => [w.text, w.relation, w.lead])).toEqual([
      ["الأربعاء", "today", true],
      ["الثلاثاء", "yesterday", true],
      ["الخميس", "tomorrow", true],
      ["الاثنين", "dayBeforeYesterday", false],
      ["الجمعة", "dayAfterTomorrow", false],
      ["السبت", "next", false],
      ["الأحد", "last", false],
      ["السبت", "bare", false],
    ]);
  });

  it("marks an evening named by its weekday alone as bare, not today", () => {
    expect(findDateClues("", "وأعلنت الوزارة مساء الجمعة أن الاتصال جرى.").weekdays[0]!.relation).toBe("bare");
    expect(findDateClues("", "وأعلنت الوزارة مساء اليوم الجمعة أن الاتصال جرى.").weekdays[0]!.relation).toBe("today");
  });

  it("reads weekdays in the title as lead", () => {
    expect(findDateClues("لافروف وكيري يلتقيان الاثنين في جنيف", "نص الخبر.").weekdays[0]).toMatchObject({ weekday: 1, inTitle: true, lead: true });
  });
});

describe("findDateClues: day-months without a year", () => {
  it("gives the years a weekday allows in 2011-2018", () => {
    const [dm] = findDateClues("", "بحث الوزيران هاتفيا يوم الثلاثاء 29 أكتوبر/تشرين الأول الجاري التحضير للمؤتمر.").dayMonths;
    expect(dm).toMatchObject({ day: 29, month: 10, weekday: 2, years: [2013], relation: "plain", writingOffset: null, occasion: null, lead: true });
    expect(findDateClues("", "انعقد الاجتماع الثلاثاء 17 مايو في فيينا.").dayMonths[0]!.years).toEqual([2011, 2016]);
    expect(findDateClues("", "على أن يلتقيا في 13 كانون الثاني.").dayMonths[0]!.years).toEqual([]);
  });

  it("records what the words around say: the day of writing, or another occasion", () => {
    const c = findDateClues(
      "",
      body("قال الوزير اليوم 5 كانون الثاني إن اللقاء قائم، بعد أن التقيا أمس 4 كانون الثاني.", "وتسري الهدنة اعتبارا من 27 شباط، وفق اتفاق 9 سبتمبر، بعد لقاء 12 آذار الماضي."),
    );
    expect(c.dayMonths.map((d) => [d.day, d.month, d.writingOffset, d.occasion, d.relation])).toEqual([
      [5, 1, 0, null, "plain"],
      [4, 1, 1, null, "plain"],
      [27, 2, null, "future-date", "plain"],
      [9, 9, null, "earlier-event", "plain"],
      [12, 3, null, "earlier-event", "past"],
    ]);
  });
});

describe("findDateClues: years, months and the URL's month", () => {
  it("lists the years the body names, and months with what follows them", () => {
    const c = findDateClues("", "منذ عام 2011 وحتى 2016، وعُلقت المحادثات مطلع فبراير الجاري بعد جولة في أيلول الماضي.");
    expect(c.years).toEqual([2011, 2016]);
    expect(c.months!.map((m) => [m.month, m.relation])).toEqual([
      [2, "current"],
      [9, "last"],
    ]);
  });

  it("reads a month window from a month archive URL, and none from a dated one", () => {
    expect(findDateClues("", "نص.", [undefined, "https://example.com/Web/News/2015/8/1028157.html"]).monthWindow).toEqual({ year: 2015, month: 8 });
    expect(findDateClues("", "نص.", ["https://example.com/news/2015/8/4/story"]).monthWindow).toBeNull();
  });
});
