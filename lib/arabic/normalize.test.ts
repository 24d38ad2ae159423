import { describe, expect, it } from "vitest";
import { foldCharwise, foldForMatch, normalizeArabic, normalizeSpace, westernDigits } from "./normalize";

describe("normalizeArabic", () => {
  it.each([
    ["أحمد", "احمد"],
    ["إبراهيم", "ابراهيم"],
    ["آذار", "اذار"],
    ["ٱلله", "الله"],
    ["سيرجى", "سيرجي"],
    ["كيرى", "كيري"],
    ["سورية", "سوريه"],
    ["الأسد", "الاسد"],
    ["مُحَمَّد", "محمد"],
    ["الـــوقت", "الوقت"],
    ["٢٠١٦", "2016"],
    ["۱۳۹۵", "1395"],
    ["ی", "ي"],
    ["کیری", "كيري"],
  ])("%s -> %s", (input, expected) => expect(normalizeArabic(input)).toBe(expected));

  it("folds teh marbuta only at the end of a word", () => {
    expect(normalizeArabic("جبهة النصرة")).toBe("جبهه النصره");
    expect(normalizeArabic("ة")).toBe("ه");
    // Before a diacritic the word still ends there.
    expect(normalizeArabic("مدرسةٌ")).toBe("مدرسه");
  });

  it("removes invisible bidi marks that split words", () => {
    expect(normalizeArabic("كي\u200Fري")).toBe("كيري");
  });

  it("leaves Latin text and punctuation alone", () => {
    expect(normalizeArabic("emiratesvoice, 2016!")).toBe("emiratesvoice, 2016!");
  });

  it("is idempotent", () => {
    for (const s of ["أَوْبَامَا", "الإسم *", "١٤ يوليه ٢٠١٦", "ىة أإآ", "تشاووش أوغلو"]) {
      const once = normalizeArabic(s);
      expect(normalizeArabic(once)).toBe(once);
      expect(foldForMatch(foldForMatch(s))).toBe(foldForMatch(s));
    }
  });
});

describe("normalizeSpace", () => {
  it("turns NBSP and runs of spaces into one space and trims", () => {
    expect(normalizeSpace("\u00A0 جون  كيري\u00A0\u00A0الجمعة \t")).toBe("جون كيري الجمعة");
  });
  it("returns empty for a line holding only NBSP", () => {
    expect(normalizeSpace("\u00A0")).toBe("");
  });
});

describe("westernDigits", () => {
  it("maps Eastern Arabic and Persian digits", () => {
    expect(westernDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789 0123456789");
  });
});

describe("foldForMatch", () => {
  it("lower-cases Latin and folds Arabic", () => {
    expect(foldForMatch("  EmiratesVoice  صوت الإمارات ")).toBe("emiratesvoice صوت الامارات");
  });
});

describe("foldCharwise", () => {
  it("keeps length so offsets map back to the original", () => {
    const s = "الخميس ١٤ يوليه ٢٠١٦ آذار إبريل SEPTEMBER";
    const f = foldCharwise(s);
    expect(f.length).toBe(s.length);
    expect(f).toBe("الخميس 14 يوليه 2016 اذار ابريل september");
  });
});
