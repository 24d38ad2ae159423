import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C, page } from "./test-helpers";

const TITLE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا";
// A paragraph an excerpt cut off mid-word: no full stop, and its last word unfinished.
const CUT = "وأوضح المتحدث باسم الخارجية الأمريكية أن الوزيرين سيلتقيان مجددا في فيينا السبت 14 نوفمبر لبحث الاجت";
const kinds = (text: string) =>
  extractArticle({ fileName: "a.txt", text })
    .lines.filter((l) => l.kind !== "blank")
    .map((l) => l.kind);

describe("the body run at the end of an excerpt", () => {
  it("keeps the text's last paragraph when the excerpt cut it off mid-sentence", () => {
    expect(kinds(page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", PARAGRAPH_C, "", CUT))).toEqual(["title", "body", "body", "body", "body"]);
    const x = extractArticle({ fileName: "a.txt", text: page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", CUT) });
    expect(x.body.endsWith("لبحث الاجت")).toBe(true);
  });

  it("does not take a bracketed credit, a teaser's colon or a short line for a cut paragraph", () => {
    for (const last of ["(إعداد سامح الخطيب للنشرة العربية - تحرير منير البويطي)", "اقرأ المزيد عن محادثات السلام بين الأطراف السورية في جنيف:", "تابعونا على الصفحة الرسمية"]) {
      expect(kinds(page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", PARAGRAPH_C, "", last)).at(-1)).toBe("boilerplate");
    }
  });

  it("keeps a cut paragraph only at the very end of the text", () => {
    const middle = kinds(page(TITLE, "", PARAGRAPH_A, "", CUT, "", PARAGRAPH_B, "", PARAGRAPH_C));
    expect(middle[2]).toBe("boilerplate"); // unpunctuated inside the run: furniture (a caption, a deck), as before
    const beforeFooter = kinds(page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B, "", PARAGRAPH_C, "", CUT, "", "جميع الحقوق محفوظة © 2016"));
    expect(beforeFooter.at(-2)).toBe("boilerplate");
  });
});
