import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C, page } from "./test-helpers";

const TITLE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا";
const verdicts = (text: string) => {
  const x = extractArticle({ fileName: "t.txt", text });
  return new Map(x.lines.map((l) => [l.line, `${l.kind}${l.reason ? `/${l.reason}` : ""}`]));
};

describe("line classification", () => {
  it("marks the first headline title and its repeats duplicates (glued, with outlet)", () => {
    const v = verdicts(page(TITLE, TITLE + TITLE, "", "صوت الإمارات - " + TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B));
    expect(v.get(1)).toBe("title");
    expect(v.get(2)).toBe("duplicate/repeated-title");
    expect(v.get(4)).toBe("duplicate/repeated-title");
    expect(v.get(6)).toBe("body");
  });

  it("keeps a dashed subheading between paragraphs inside the body", () => {
    const v = verdicts(page(TITLE, "", PARAGRAPH_A, "", "- الوقت ينفد -", "", PARAGRAPH_B, "", PARAGRAPH_C));
    expect(v.get(5)).toBe("subheading");
    expect(v.get(9)).toBe("body");
  });

  it("does not let an inline 'read also' link split the body", () => {
    const v = verdicts(page(TITLE, "", PARAGRAPH_A, "", "اقرأ أيضا: مجلس الأمن يعقد جلسة طارئة بشأن حلب", "", PARAGRAPH_B, "", PARAGRAPH_C));
    expect(v.get(5)).toBe("boilerplate/read-also");
    expect(v.get(3)).toBe("body");
    expect(v.get(9)).toBe("body");
  });

  it("names comment forms, copyright and Latin brand lines after the body", () => {
    const v = verdicts(page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", "emiratesvoice", "الإسم *", "تعليق *", "Security Code*", "جميع الحقوق محفوظة 2023 ©"));
    expect(v.get(7)).toBe("boilerplate/brand");
    expect(v.get(8)).toBe("boilerplate/comment-form");
    expect(v.get(10)).toBe("boilerplate/comment-form");
    expect(v.get(11)).toBe("boilerplate/copyright");
  });

  it("recognises related-story lists: their dates and their headlines", () => {
    const v = verdicts(
      page(
        TITLE,
        "",
        PARAGRAPH_A,
        "",
        PARAGRAPH_B,
        "",
        "GMT 13:56 2019 الإثنين ,01 تموز / يوليو",
        "",
        "تنتظرك أجواء حماسية وجيدة خلال هذا الشهر",
        "",
        "GMT 09:22 2020 الأربعاء ,01 تموز / يوليو",
        "",
        "أجواء إيجابية لطرح مشاريع تطوير قدراتك",
      ),
    );
    expect(v.get(7)).toBe("boilerplate/related-story-date");
    expect(v.get(9)).toBe("boilerplate/related-story");
    expect(v.get(11)).toBe("boilerplate/related-story-date");
  });

  it("separates caption (and its duplicate), dateline and date in the header", () => {
    const v = verdicts(
      page(TITLE, "", "كيري وبوتين - ارشيفية", "كيري وبوتين - ارشيفية", "موسكو - الفرنسية", "نشر في: الخميس 14 يوليه 2016 - 9:16 م", PARAGRAPH_A, "", PARAGRAPH_B),
    );
    expect(v.get(3)).toBe("caption/photo-caption");
    expect(v.get(4)).toBe("duplicate/repeated-caption");
    expect(v.get(5)).toBe("dateline/dateline");
    expect(v.get(6)).toBe("date/published-date");
  });

  it("marks a weather clock, a poll question and share buttons above the headline", () => {
    const v = verdicts(
      page(
        TITLE + " - بوابة الشروق",
        "الجمعة 27 سبتمبر 2024 7:26 ص القاهرة القاهرة 24°",
        "شارك برأيك",
        "هل تؤيد دعوات المقاطعة؟",
        "Share",
        "",
        TITLE,
        "",
        PARAGRAPH_A,
        "",
        PARAGRAPH_B,
      ),
    );
    expect(v.get(2)).toBe("boilerplate/weather-clock");
    expect(v.get(3)).toBe("boilerplate/comment-form");
    expect(v.get(4)).toBe("boilerplate/poll-question");
    expect(v.get(5)).toBe("boilerplate/share");
  });

  it("marks the dateline cut from the first paragraph", () => {
    const v = verdicts(page(TITLE, "", "لندن- " + PARAGRAPH_A, "", PARAGRAPH_B));
    expect(v.get(3)).toBe("body/dateline-prefix-cut");
  });

  it("ends the article at a comment section, even when comments are long prose", () => {
    const comment = "للأسف الشعب السوري هو من يدفع ثمن هذه الخلافات بين الدول الكبرى، ولا أحد يهتم بالأطفال الذين يموتون كل يوم.";
    const v = verdicts(page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", "التعليقات (2)", "أبو أحمد", comment, "منذ 5 ساعات"));
    expect(v.get(5)).toBe("body");
    expect(v.get(7)).toBe("boilerplate/comment-form");
    expect(v.get(9)).not.toMatch(/^body/);
  });

  it("reads a caption by its photo words, not by ordinary words that share them", () => {
    const caption = (line: string) => extractArticle({ fileName: "t.txt", text: page(TITLE, "", line, "", PARAGRAPH_A, "", PARAGRAPH_B) }).caption;
    expect(caption("كيري ولافروف في جنيف (يمين)")).toBe("كيري ولافروف في جنيف (يمين)");
    expect(caption("صورة أرشيفية للوزيرين")).toBe("صورة أرشيفية للوزيرين");
    const x = extractArticle({ fileName: "t.txt", text: page("كيري يصل إلى جنيف وسط تشاؤم بشأن اتفاق", "", "كيري يصل إلى جنيف وسط تشاؤم بشأن اتفاق", "", PARAGRAPH_A) });
    expect(x.title).toBe("كيري يصل إلى جنيف وسط تشاؤم بشأن اتفاق");
    expect(x.caption).toBeNull();
  });

  it("gives each hard-wrapped line the verdict of its paragraph", () => {
    const x = extractArticle({
      fileName: "t.txt",
      text: page(
        TITLE,
        "",
        "وصل وزير الخارجية الأمريكي جون كيري إلى جنيف مساء اليوم",
        "الخميس، في محاولة جديدة للتوصل إلى اتفاق مع نظيره الروسي",
        "سيرغي لافروف بشأن وقف إطلاق النار والتعاون العسكري.",
        "",
        PARAGRAPH_B,
      ),
    });
    expect(x.lines.slice(2, 5).map((l) => `${l.kind}/${l.reason ?? ""}`)).toEqual(["body/", "body/wrapped-line", "body/wrapped-line"]);
    expect(x.body.split("\n\n")[0]).toMatch(/^وصل .* سيرغي لافروف بشأن وقف إطلاق النار والتعاون العسكري\.$/);
    expect(x.people.find((p) => p.id === "sergey-lavrov")?.asWritten).toBe("سيرغي لافروف");
  });

  it("reports every raw line, blank ones included", () => {
    const text = page(TITLE, "", PARAGRAPH_A, "\u00A0", PARAGRAPH_B, "");
    const x = extractArticle({ fileName: "t.txt", text });
    expect(x.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(x.lines[3]!.kind).toBe("blank");
  });

  it("finds unpunctuated prose when the page lost its full stops", () => {
    const strip = (s: string) => s.replace(/\.$/, "");
    const x = extractArticle({ fileName: "t.txt", text: page(TITLE, "", strip(PARAGRAPH_A), "", strip(PARAGRAPH_B), "", strip(PARAGRAPH_C)) });
    expect(x.body.split("\n\n")).toHaveLength(3);
  });
});
