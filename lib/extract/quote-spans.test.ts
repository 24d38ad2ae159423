import { describe, expect, it } from "vitest";
import { findQuoteSpans, spanText } from "./quote-spans";

const quoted = (text: string) => findQuoteSpans(text).map((s) => spanText(text, s));

describe("findQuoteSpans", () => {
  it("finds straight, curly and guillemet quotes", () => {
    expect(quoted('وقال "نعم" ثم «لا» و“ربما”')).toEqual(["نعم", "لا", "ربما"]);
  });

  it("accepts curly marks typed the other way round, and reversed guillemets", () => {
    expect(quoted("وقال ”نحن مستعدون“ للحوار")).toEqual(["نحن مستعدون"]);
    expect(quoted("وقال »نحن مستعدون« للحوار")).toEqual(["نحن مستعدون"]);
  });

  it("keeps nested quotes inside the outer one", () => {
    expect(quoted('وقال «إن ما يسمى "المعارضة المعتدلة" غير موجود» أمس')).toEqual(['إن ما يسمى "المعارضة المعتدلة" غير موجود']);
    expect(quoted('وقال "إن ما يسمى «المعارضة المعتدلة» غير موجود" أمس')).toEqual(["إن ما يسمى «المعارضة المعتدلة» غير موجود"]);
  });

  it('pairs a mark glued to a conjunction: و"جبهة النصرة"', () => {
    expect(quoted('تنظيم "داعش" و"جبهة النصرة" كمنظمات')).toEqual(["داعش", "جبهة النصرة"]);
  });

  it("runs a quotation over paragraphs that reopen with a mark", () => {
    const text = 'وأضاف "هذه محاولة جديدة.\n\n"ولكن السعوديين لن ينخدعوا بهذا."\n\nوقال آخر.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(spanText(text, spans[0]!)).toBe("هذه محاولة جديدة.\n\nولكن السعوديين لن ينخدعوا بهذا.");
    expect(spans[0]!.closed).toBe(true);
  });

  it("runs a quotation into a paragraph that only closes it", () => {
    const text = "وقال «الجزء الأول\n\nوالجزء الثاني» ثم غادر.";
    expect(quoted(text)).toEqual(["الجزء الأول\n\nوالجزء الثاني"]);
  });

  it("ends an unclosed quotation with its paragraph", () => {
    const text = 'وقال "لم ينته الكلام\n\nفقرة أخرى بلا علامات.';
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => [spanText(text, s), s.closed])).toEqual([["لم ينته الكلام", false]]);
  });

  it("returns nothing for text without marks", () => {
    expect(findQuoteSpans("نص بلا اقتباس")).toEqual([]);
  });
});
