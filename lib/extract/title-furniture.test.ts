// Page furniture above the headline never becomes the title: each kind on a made-up page.
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "./test-helpers";
import type { Sidecar } from "./types";

const HEADLINE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا في جنيف";
const run = (sidecar: Sidecar | undefined, ...lines: string[]) => extractArticle({ fileName: "t.txt", text: page(...lines), sidecar });
const titleOf = (...lines: string[]) => run(undefined, ...lines).title;
const body = ["", PARAGRAPH_A, "", PARAGRAPH_B];

describe("furniture above the headline", () => {
  it.each([
    ["a skip link", "تخطي إلى المحتوى"],
    ["a skip link to the main content", "المحتوى الرئيسى"],
    ["a masthead staff line", "رئيس مجلس الإدارة ورئيس التحرير: فلان الفلاني"],
    ["a ticker glued to its items", "الشريط الاخباريحلبمفاوضاتملف ساخن"],
    ["a search box", "أدخل كلمات البحث واضغط على إدخال."],
    ["a section name", "عربي ودولي"],
    ["a font-size widget", "+ الخط -"],
    ["a follow-us line", "تابعونا على فيسبوك وتويتر"],
  ])("skips %s", (_kind, furniture) => {
    expect(titleOf(furniture, "", HEADLINE, ...body)).toBe(HEADLINE);
  });

  it("skips a dateline, a date line with its place and source, and a photo's name label", () => {
    expect(titleOf("جنيف - خاص", "", HEADLINE, ...body)).toBe(HEADLINE);
    expect(titleOf("جنيف، سويسرا، 12 سبتمبر 2016، وكالات", "", HEADLINE, ...body)).toBe(HEADLINE);
    expect(titleOf("وزير الخارجية الروسي سيرغي لافروف", "", HEADLINE, ...body)).toBe(HEADLINE);
  });

  it("skips a teaser of another story that shares nothing with the lead", () => {
    expect(titleOf("المنتخب الوطني يتأهل إلى نهائي البطولة العربية للشباب", "", HEADLINE, ...body)).toBe(HEADLINE);
  });

  it("gives no title when only furniture stands above the body", () => {
    for (const furniture of ["موسكو - سبوتنيك", "وزير الخارجية الأمريكي جون كيري", "محافظة المنطقة الشرقية", "سياسة"]) {
      const x = run(undefined, furniture, ...body);
      expect([x.title, x.titleSource]).toEqual(["", null]);
    }
  });

  it("does not take a hard-wrapped paragraph's first line, which stops on a preposition", () => {
    const wrapped = [
      "اتفقت الولايات المتحدة وروسيا اللتان تقودان جهود التسوية في",
      "سوريا على عقد لقاء بين خبراء البلدين في جنيف الأسبوع المقبل لبحث آليات تثبيت الهدنة.",
      "",
      PARAGRAPH_B,
    ];
    expect(titleOf(...wrapped)).toBe("");
  });

  it("keeps a headline that its lead restates, and does not join the two as one wrapped sentence", () => {
    const headline = "مجموعة دعم سوريا: لا بد من دور روسي في حل الأزمة السورية";
    const lead = "ترى مجموعة دعم سوريا أنه لا بد من دور روسي في حل الأزمة السورية.";
    const x = run(undefined, headline, lead, PARAGRAPH_A, PARAGRAPH_B);
    expect(x.title).toBe(headline);
    expect(x.lines.slice(0, 2).map((l) => l.kind)).toEqual(["title", "body"]);
  });

  it("says where the title came from", () => {
    expect(run(undefined, HEADLINE, ...body).titleSource).toBe("text");
    expect(run({ title: HEADLINE }, HEADLINE, ...body).titleSource).toBe("sidecar");
    expect(extractArticle({ fileName: "t.html", format: "html", text: page(HEADLINE, ...body) }).titleSource).toBe("page");
  });
});

describe("a title from the URL's slug", () => {
  const slug = (url: string) => run({ url }, ...body);

  it("is taken when the text prints no headline, and marked as such", () => {
    const x = slug("https://news.example/amp/256/%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81-%D9%8A%D8%B9%D9%88%D8%AF-%D8%A5%D9%84%D9%89-%D8%AC%D9%86%D9%8A%D9%81");
    expect([x.title, x.titleSource]).toEqual(["لافروف يعود إلى جنيف", "url-slug"]);
    expect(x.warnings).toContain("title-from-url-slug: the text prints no headline");
  });

  it.each([
    ["a trailing id with a letter and an extension", "https://news.example/كيري-يصل-إلى-موسكو-للقاء-بوتين_a74932.html", "كيري يصل إلى موسكو للقاء بوتين"],
    ["a trailing numeric id", "https://news.example/ar/أخبار/مؤتمر-فيينا-يبحث-مستقبل-التسوية-768106", "مؤتمر فيينا يبحث مستقبل التسوية"],
    ["a leading numeric id and a trailing dash", "https://news.example/amp/862700-مجلس-الأمن-يتبنى-قرارا-للتسوية-", "مجلس الأمن يتبنى قرارا للتسوية"],
    ["a Latin slug, lower-cased", "https://news.example/middleeast/2016/09/10/Kerry-Lavrov-Reach-Deal-On-Syria", "kerry lavrov reach deal on syria"],
    ["the longest of several segments", "https://news.example/lebanon-now/316221/وزير-الخارجية-يلتقي-نظيره-قبل-القمة", "وزير الخارجية يلتقي نظيره قبل القمة"],
  ])("reads a slug with %s", (_shape, url, title) => {
    expect(slug(url).title).toBe(title);
  });

  it("is not taken from ids, dates, sections or a list of keywords", () => {
    for (const url of [
      "https://news.example/news/853082.html",
      "https://news.example/amp/37/2014-03-11-18-38-23",
      "https://news.example/politics/syria-latest/2016-12-09-1.952004",
      "https://news.example/2016/12/14/lavrov-kerry-aleppo-2",
      "https://news.example/20161214/لافروف-كيري-حلب-1021239125.html",
    ])
      expect(slug(url).title, url).toBe("");
  });

  it("keeps a short slug of names when a verb or a preposition makes it a headline", () => {
    expect(slug("https://news.example/لافروف-يلتقي-الجبير-وكيري-بالدوحة").title).toBe("لافروف يلتقي الجبير وكيري بالدوحة");
  });

  it("is not used when the text prints a headline", () => {
    expect(run({ url: "https://news.example/كيري-يصل-إلى-موسكو-للقاء-بوتين" }, HEADLINE, ...body).titleSource).toBe("text");
  });
});
