import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe("splitSentences", () => {
  it("splits on Arabic and Latin marks and keeps offsets and paragraphs", () => {
    const body = "وصل كيري إلى موسكو. والتقى بوتين؟ نعم! ثم غادر؛ وانتهى الاجتماع.\n\nفقرة ثانية هنا.";
    const out = splitSentences(body);
    expect(out.map((s) => s.text)).toEqual(["وصل كيري إلى موسكو.", "والتقى بوتين؟", "نعم!", "ثم غادر؛", "وانتهى الاجتماع.", "فقرة ثانية هنا."]);
    for (const s of out) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(out.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("never splits inside a quotation", () => {
    expect(texts('وقال "وحده الشعب السوري يحدد من يكون الرئيس. إنهم لم يقولوا كلمة واحدة". ثم صمت.')).toEqual([
      'وقال "وحده الشعب السوري يحدد من يكون الرئيس. إنهم لم يقولوا كلمة واحدة".',
      "ثم صمت.",
    ]);
    expect(texts("قال «هل انتهت الحرب؟ لا». وغادر.")).toEqual(["قال «هل انتهت الحرب؟ لا».", "وغادر."]);
    expect(texts("قال “انتهى الأمر. فعلا” ثم غادر.")).toHaveLength(1);
  });

  it("does not split after initials, abbreviations or inside numbers", () => {
    expect(texts("قال د. محمد علي إن النمو بلغ 3.5 في المئة. وأضاف.")).toEqual(["قال د. محمد علي إن النمو بلغ 3.5 في المئة.", "وأضاف."]);
    expect(texts("وقال أ. خالد إن المسؤولين في U.S. officials وصلوا. ثم عادوا.")).toHaveLength(2);
    expect(texts("Mr. Kerry met Mr. Lavrov. They spoke.")).toEqual(["Mr. Kerry met Mr. Lavrov.", "They spoke."]);
    expect(texts("1. البند الأول يقضي بوقف النار.")).toHaveLength(1);
  });

  it("ends a sentence after a number or a year's era letter", () => {
    expect(texts("وقتل 84 شخصا في نيس وبلغ عدد الجرحى 202. وأعلنت فرنسا الحداد.")).toHaveLength(2);
    expect(texts("تأسس الحزب عام 1947 م. وانقسم لاحقا.")).toHaveLength(2);
  });

  it("treats a line break as a boundary and drops empty pieces", () => {
    expect(texts("السطر الأول\nالسطر الثاني\n\n- \n\n...")).toEqual(["السطر الأول", "السطر الثاني"]);
    expect(splitSentences("")).toEqual([]);
  });

  it("keeps a mark run together (؟! and ...)", () => {
    expect(texts("هل هذا معقول؟! لا أظن... ربما.")).toEqual(["هل هذا معقول؟!", "لا أظن...", "ربما."]);
  });
});
