// Dates found anywhere in a page and chosen by role (invented pages in the style of Arab news sites).
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C, page } from "./test-helpers";
import type { Sidecar } from "./types";

const TITLE = "وزيرا خارجية روسيا والولايات المتحدة يبحثان الهدنة في سوريا";
const extract = (text: string, sidecar?: Sidecar) => extractArticle({ fileName: "t.txt", text, sidecar });
const date = (text: string, sidecar?: Sidecar) => {
  const x = extract(text, sidecar);
  return { at: x.publishedAt, basis: x.dateBasis, evidence: x.dateEvidence };
};
const distractors = (text: string) => extract(text).dateClues!.distractors.map((d) => [d.iso, d.reason]);

describe("the day of writing inside the story", () => {
  it("takes «اليوم» + weekday + date in the lead", () => {
    const text = page(TITLE, "", `قتل 12 شخصا على الأقل اليوم الأحد (3 يناير/ كانون الثاني 2016) في قصف على ريف إدلب، بحسب ناشطين. ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    expect(date(text)).toEqual({ at: "2016-01-03", basis: "explicit", evidence: "تاريخ كتابة الخبر كما يذكره نصه: «اليوم الأحد (3 يناير/ كانون الثاني 2016)»" });
  });

  it("takes a weekday written with the date in the lead", () => {
    const text = page(TITLE, "", `أعلنت وزارة الخارجية الروسية، الأربعاء، ٢٨ سبتمبر ٢٠١٦، أن الوزيرين بحثا الوضع في حلب. ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    expect(date(text)).toMatchObject({ at: "2016-09-28", basis: "explicit" });
  });

  it("takes the date of a dateline with the writer's name, even with a headline glued before it", () => {
    const text = page(TITLE, `${TITLE} 0 جنيف - سامر الحلبي 14 آذار 2016 ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    expect(date(text)).toEqual({ at: "2016-03-14", basis: "explicit", evidence: "تاريخ في مستهل الخبر: «جنيف - سامر الحلبي 14 آذار 2016»" });
  });

  it("does not take a weekday + date in the lead when the lead calls another weekday «اليوم»", () => {
    const text = page(TITLE, "", `قال نائب وزير الخارجية الثلاثاء 19 يناير 2016 إن موعد المحادثات لم يتغير، وأكد المتحدث اليوم الأربعاء ذلك. ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    expect(date(text).basis).not.toBe("explicit");
    expect(distractors(text)).toContainEqual(["2016-01-19", "event-day"]);
  });

  it("rejects a weekday the calendar contradicts", () => {
    const text = page(TITLE, "", `قتل 12 شخصا اليوم الاثنين (3 يناير 2016) في قصف على ريف إدلب. ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    expect(date(text).basis).toBe("unknown");
    expect(distractors(text)).toContainEqual(["2016-01-03", "weekday-mismatch"]);
  });

  it("reads «أمس» + date as the day before the writing, basis inferred", () => {
    const text = page(TITLE, "", `التقى الوزيران أمس الثلاثاء (12 أبريل 2016) في موسكو وبحثا ملف الهدنة. ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    expect(date(text)).toMatchObject({ at: "2016-04-13", basis: "inferred" });
  });
});

describe("distractors in the story, each with its reason", () => {
  const lead = (sentence: string) => page(TITLE, "", `${sentence} ${PARAGRAPH_A}`, "", PARAGRAPH_B, "", PARAGRAPH_C);
  it.each([
    ["أكد الوزير التزام بلاده باتفاق 9 سبتمبر 2016 لوقف الأعمال القتالية.", "2016-09-09", "earlier-event"],
    ["تعيش البلاد أزمة خانقة منذ 15 مارس 2011 دون أفق للحل.", "2011-03-15", "earlier-event"],
    ["تسري الهدنة اعتبارا من منتصف ليلة 27 فبراير 2016 بتوقيت دمشق.", "2016-02-27", "future-date"],
    ["أمهلت الأمم المتحدة الأطراف حتى 31 ديسمبر 2015 للرد على المقترح.", "2015-12-31", "future-date"],
    ["وكان بيان جنيف قد صدر في 30 يونيو 2012 بعد اجتماع وزاري.", "2012-06-30", "body-date"],
  ])("%s", (sentence, iso, reason) => {
    expect(date(lead(sentence)).basis).toBe("unknown");
    expect(distractors(lead(sentence))).toContainEqual([iso, reason]);
  });
});

describe("stamps around the story", () => {
  it("takes the stamp under the story when it carries its page counters", () => {
    expect(date(page(PARAGRAPH_A, PARAGRAPH_B, "2015-10-31 | عدد القراءات 2530"))).toEqual({
      at: "2015-10-31",
      basis: "explicit",
      evidence: "تاريخ منشور أسفل المقال: «2015-10-31»",
    });
  });

  it("takes a weekday + date + clock above the headline when the story calls that weekday «اليوم»", () => {
    const today = `وذكر المرصد اليوم الجمعة أن القصف تواصل على الأحياء الشرقية. ${PARAGRAPH_B}`;
    const text = page("صورة من الأرشيف لمدينة حلب", "الجمعة 25 نوفمبر 2016 / 09:34", "", TITLE, "", PARAGRAPH_A, "", today);
    expect(date(text)).toMatchObject({ at: "2016-11-25", basis: "explicit" });
    // Without that witness it is the site's own clock.
    const other = page("صورة من الأرشيف لمدينة حلب", "الجمعة 25 نوفمبر 2016 / 09:34", "", TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B);
    expect(date(other).basis).toBe("unknown");
    expect(distractors(other)).toContainEqual(["2016-11-25", "site-clock"]);
  });

  it("prefers the text's date of writing to a URL date and warns of the disagreement", () => {
    const text = page(TITLE, "", `قال المتحدث اليوم الإثنين (10 أبريل/نيسان 2017) إن اللقاء سيعقد في موعده. ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    const x = extract(text, { url: "https://example.com/2017/04/12/story" });
    expect([x.publishedAt, x.dateBasis]).toEqual(["2017-04-10", "explicit"]);
    expect(x.warnings).toContain("date-url-disagrees: 2017-04-10 / 2017-04-12");
  });
});

describe("a numeric stamp that reads two ways", () => {
  const stamp = (s: string, ...body: string[]) => page(TITLE, "", s, "", ...body);
  it("is stated only when the text decides it, with the reasoning in the evidence", () => {
    const text = stamp("7/8/2017 00:00", `توصل الطرفان إلى اتفاق لوقف إطلاق النار يبدأ سريانه في 9 يوليو/ تموز. ${PARAGRAPH_A}`, "", PARAGRAPH_B);
    expect(date(text)).toEqual({
      at: "2017-07-08",
      basis: "explicit",
      evidence: "تاريخ منشور في رأس المقال: «7/8/2017 00:00» (يُقرأ 8 يوليو 2017 بقرينة تاريخ «9 يوليو/ تموز» القريب منه)",
    });
  });

  it("keeps both readings as candidates when nothing decides", () => {
    const x = extract(stamp("7/8/2017", PARAGRAPH_A, "", PARAGRAPH_B));
    expect([x.publishedAt, x.dateBasis]).toEqual([null, "unknown"]);
    expect(x.dateClues!.candidates.map((c) => c.iso)).toEqual(["2017-08-07", "2017-07-08"]);
    expect(x.dateClues!.distractors).toContainEqual({ iso: "2017-08-07", reason: "ambiguous-numeric-date", text: "7/8/2017" });
  });

  it("is decided by the URL", () => {
    expect(date(stamp("7/8/2017", PARAGRAPH_A, "", PARAGRAPH_B), { url: "https://example.com/2017/07/08/story" })).toMatchObject({ at: "2017-07-08", basis: "explicit" });
  });
});

describe("date lines inside the story", () => {
  it("never take a chronology's item dates for the story's own", () => {
    const text = page(TITLE, "", PARAGRAPH_A, "", "محطات المحادثات:", "", "12 فبراير 2016", "", PARAGRAPH_B, "", "9 سبتمبر 2016", "", PARAGRAPH_C);
    expect(date(text).basis).toBe("unknown");
  });
});
