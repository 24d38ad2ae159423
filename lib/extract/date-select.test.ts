import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "./test-helpers";
import type { PageHints, Sidecar } from "./types";

const TITLE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا";
const date = (text: string, sidecar?: Sidecar) => {
  const x = extractArticle({ fileName: "t.txt", text, sidecar });
  return { at: x.publishedAt, basis: x.dateBasis, evidence: x.dateEvidence };
};
const article = (...header: string[]) => page(TITLE, ...header, "", PARAGRAPH_A, "", PARAGRAPH_B);

describe("publication date", () => {
  it("takes the sidecar date as editorial, quoting the note", () => {
    expect(date(article("01.09.2016"), { publishedAt: "2015-09-18", note: "تقارير وكالات ذلك الجمعة" })).toEqual({
      at: "2015-09-18",
      basis: "editorial",
      evidence: "تقارير وكالات ذلك الجمعة",
    });
    expect(date(article(), { publishedAt: "2015-09-18" }).evidence).toBe("تاريخ أدخله محرر");
  });

  it("quotes the published cue with the date", () => {
    expect(date(article("نشر في: الخميس 14 يوليه 2016 - 9:16 م | آخر تحديث: الجمعة 15 يوليه 2016 - 10:00 ص"))).toEqual({
      at: "2016-07-14",
      basis: "explicit",
      evidence: "تاريخ منشور في رأس المقال: «نشر في: الخميس 14 يوليه 2016 - 9:16 م»",
    });
  });

  it("quotes the whole label around the cue word", () => {
    expect(date(article("تاريخ النشر: 10.09.2016 | 03:12 GMT")).evidence).toBe("تاريخ منشور في رأس المقال: «تاريخ النشر: 10.09.2016 | 03:12»");
    expect(date(article("كتب: محمد أحمد، آخر تحديث: 20 يوليه 2016")).evidence).toBe("تاريخ منشور في رأس المقال: «آخر تحديث: 20 يوليه 2016»");
  });

  it("prefers a 'published' date to another header date", () => {
    expect(date(article("آخر تحديث: 20 يوليه 2016", "تاريخ النشر: 14 يوليه 2016")).at).toBe("2016-07-14");
  });

  it("uses an 'updated' date that has a day when nothing else is there", () => {
    expect(date(article("آخر تحديث: 20 يوليه 2016"))).toMatchObject({ at: "2016-07-20", basis: "explicit" });
  });

  it("never takes a clock without a day, a copyright year or a body date", () => {
    const text = page(
      TITLE,
      "آخر تحديث 16:46:38 بتوقيت أبوظبي",
      "",
      "وقال الوزير الجمعة إن هدنة 27 شباط 2016 صامدة حتى الآن رغم الخروقات المتكررة في ريف حلب.",
      "",
      PARAGRAPH_B,
      "",
      "جميع الحقوق محفوظة 2023 ©",
    );
    expect(date(text)).toEqual({ at: null, basis: "unknown", evidence: "ذُكر يوم «الجمعة» في النص، ولا يكفي وحده لتحديد التاريخ" });
  });

  it("never takes related-story list dates, even with no other date", () => {
    const text = page(
      TITLE,
      "",
      PARAGRAPH_A,
      "",
      PARAGRAPH_B,
      "",
      "GMT 13:56 2019 الإثنين ,01 تموز / يوليو",
      "أجواء حماسية",
      "GMT 09:22 2020 الأربعاء ,01 تموز / يوليو",
      "أجواء إيجابية",
    );
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
    expect(date(article(), { url: "https://example.com/news/2016/02/22/syria-truce" })).toEqual({ at: "2016-02-22", basis: "url", evidence: "من رابط المقال: …/2016/02/22/…" });
    expect(date(article("22 فبراير 2016"), { url: "https://example.com/news/2016/02/23/x" })).toMatchObject({ at: "2016-02-22", basis: "explicit" });
  });

  it("returns unknown with no evidence when the page gives nothing", () => {
    expect(date(article())).toEqual({ at: null, basis: "unknown", evidence: null });
  });
});

describe("dates from page metadata and URLs", () => {
  const withHints = (text: string, hints: PageHints, sidecar?: Sidecar) => {
    const x = extractArticle({ fileName: "t.html", text, hints, sidecar });
    return { at: x.publishedAt, basis: x.dateBasis, evidence: x.dateEvidence };
  };

  it("takes the page's published_time as explicit, quoting it, after a date printed in the header", () => {
    expect(withHints(article(), { publishedAt: "2016-07-14T21:16:00+02:00" })).toEqual({
      at: "2016-07-14",
      basis: "explicit",
      evidence: "تاريخ النشر المعلن في بيانات الصفحة: «2016-07-14T21:16:00+02:00»",
    });
    expect(withHints(article("نشر في: 13 يوليه 2016"), { publishedAt: "2016-07-14" }).at).toBe("2016-07-13");
  });

  it("ranks the editor's date above the page metadata, and metadata above the URL", () => {
    expect(withHints(article(), { publishedAt: "2016-07-14" }, { publishedAt: "2016-07-15" }).basis).toBe("editorial");
    expect(withHints(article(), { publishedAt: "2016-07-14", url: "https://x.com/2016/07/10/a" }).at).toBe("2016-07-14");
  });

  it("ignores a metadata date far after the article's years (a site migration)", () => {
    const old = "وتم التوصل إلى الاتفاق في عام 2015 بعد مفاوضات شاقة استمرت عدة أشهر بين الطرفين في فيينا وجنيف.";
    expect(withHints(page(TITLE, "", old, "", PARAGRAPH_B), { publishedAt: "2023-01-05T10:00:00Z" }).basis).toBe("unknown");
  });

  it("dates from the canonical URL when the sidecar has none", () => {
    expect(withHints(article(), { url: "https://www.youm7.com/story/2016/9/28/x/2911" })).toEqual({
      at: "2016-09-28",
      basis: "url",
      evidence: "من رابط المقال: …/2016/9/28/…",
    });
  });

  it("uses a Unix timestamp in the URL only when the text names a nearby date or weekday", () => {
    // 1468526160 = 2016-07-14 19:56 UTC, a Thursday.
    const url = "https://example.com/news/1468526160/story";
    expect(withHints(article(), { url }).basis).toBe("unknown");
    const thursday = page(TITLE, "", "وقال كيري يوم الخميس إن " + PARAGRAPH_A, "", PARAGRAPH_B);
    expect(withHints(thursday, { url })).toEqual({
      at: "2016-07-14",
      basis: "url",
      evidence: "من رابط المقال: …/1468526160/… (طابع زمني يوافق 2016-07-14)، ويتفق مع يوم «الخميس» المذكور في النص",
    });
    const monday = page(TITLE, "", "وقال كيري يوم الاثنين إن " + PARAGRAPH_A, "", PARAGRAPH_B);
    expect(withHints(monday, { url }).basis).toBe("unknown");
    // A timestamp outside 2011-2018 is an id, whatever the text says.
    expect(withHints(thursday, { url: "https://example.com/n/1568526160" }).basis).toBe("unknown");
  });
});
