import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "./test-helpers";
import { urlDate } from "./date-select";
import type { Sidecar } from "./types";

const TITLE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا";
const date = (text: string, sidecar?: Sidecar) => {
  const x = extractArticle({ fileName: "t.txt", text, sidecar });
  return { at: x.publishedAt, basis: x.dateBasis, evidence: x.dateEvidence };
};
const article = (...header: string[]) => page(TITLE, ...header, "", PARAGRAPH_A, "", PARAGRAPH_B);

describe("publication date", () => {
  it("takes the sidecar date as editorial, quoting the note", () => {
    expect(date(article("01.09.2016"), { publishedAt: "2015-09-18", note: "wire reports of that Friday" })).toEqual({ at: "2015-09-18", basis: "editorial", evidence: "wire reports of that Friday" });
    expect(date(article(), { publishedAt: "2015-09-18" }).evidence).toBe("editor-supplied");
  });

  it("quotes the published cue with the date", () => {
    expect(date(article("نشر في: الخميس 14 يوليه 2016 - 9:16 م | آخر تحديث: الجمعة 15 يوليه 2016 - 10:00 ص"))).toEqual({
      at: "2016-07-14",
      basis: "explicit",
      evidence: "نشر في: الخميس 14 يوليه 2016 - 9:16 م",
    });
  });

  it("prefers a 'published' date to another header date", () => {
    expect(date(article("آخر تحديث: 20 يوليه 2016", "تاريخ النشر: 14 يوليه 2016")).at).toBe("2016-07-14");
  });

  it("uses an 'updated' date that has a day when nothing else is there", () => {
    expect(date(article("آخر تحديث: 20 يوليه 2016"))).toMatchObject({ at: "2016-07-20", basis: "explicit" });
  });

  it("never takes a clock without a day, a copyright year or a body date", () => {
    const text = page(TITLE, "آخر تحديث 16:46:38 بتوقيت أبوظبي", "", "وقال الوزير الجمعة إن هدنة 27 شباط 2016 صامدة حتى الآن رغم الخروقات المتكررة في ريف حلب.", "", PARAGRAPH_B, "", "جميع الحقوق محفوظة 2023 ©");
    expect(date(text)).toEqual({ at: null, basis: "unknown", evidence: "weekday mentioned: الجمعة" });
  });

  it("never takes related-story list dates, even with no other date", () => {
    const text = page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", "GMT 13:56 2019 الإثنين ,01 تموز / يوليو", "أجواء حماسية", "GMT 09:22 2020 الأربعاء ,01 تموز / يوليو", "أجواء إيجابية");
    expect(date(text).basis).toBe("unknown");
  });

  it("never takes a weather widget or the site clock above the headline block", () => {
    expect(date(page(TITLE, "الجمعة 27 سبتمبر 2024 7:26 ص القاهرة 24°", "", TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B)).basis).toBe("unknown");
    expect(date(page(TITLE, "الاثنين 6 مارس 2023 - 10:15 ص", "", TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B)).basis).toBe("unknown");
  });

  it("never takes a date far after the years the article mentions", () => {
    const old = "وتم التوصل إلى الاتفاق في عام 2015 بعد مفاوضات شاقة استمرت عدة أشهر بين الطرفين في فيينا وجنيف.";
    expect(date(page(TITLE, "12 مارس 2024", "", old, "", PARAGRAPH_B)).basis).toBe("unknown");
    expect(date(page(TITLE, "12 مارس 2016", "", old, "", PARAGRAPH_B)).at).toBe("2016-03-12");
  });

  it("ignores a date below the body unless it is labelled as the publication date", () => {
    expect(date(page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", "12/03/2016")).basis).toBe("unknown");
    expect(date(page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", "التاريخ 12.03.2016")).at).toBe("2016-03-12");
  });

  it("falls back to a dated URL, explicit dates first", () => {
    expect(date(article(), { url: "https://example.com/news/2016/02/22/syria-truce" })).toMatchObject({ at: "2016-02-22", basis: "url" });
    expect(date(article("22 فبراير 2016"), { url: "https://example.com/news/2016/02/23/x" })).toMatchObject({ at: "2016-02-22", basis: "explicit" });
  });

  it("returns unknown with no evidence when the page gives nothing", () => {
    expect(date(article())).toEqual({ at: null, basis: "unknown", evidence: null });
  });
});

describe("urlDate", () => {
  it.each([
    ["https://x.com/2016/09/01/story", "2016-09-01"],
    ["https://x.com/a/2016-09-01-1.23", "2016-09-01"],
    ["https://x.com/2016/9/1/", "2016-09-01"],
    ["https://x.com/2016/02/30/x", null],
    ["https://x.com/story/12345", null],
  ])("%s", (url, expected) => expect(urlDate(url)).toBe(expected));
});
