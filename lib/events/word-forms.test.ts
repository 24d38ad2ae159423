import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { lookupForms, wordKey } from "./word-forms";

const n = (s: string) => normalizeArabic(s);

describe("word forms", () => {
  it("looks a word up with and without its proclitics and article", () => {
    expect(lookupForms(n("والاتصال"))).toContain("اتصال");
    expect(lookupForms(n("لموسكو"))).toContain("موسكو");
    expect(lookupForms(n("بيان"))).toContain("بيان");
  });
  it("keeps the alef-lam of الى, which is not an article", () => {
    expect(lookupForms(n("الى"))).not.toContain("ي");
  });
  it("counts a word under one key whatever unambiguous prefix it carries", () => {
    expect(wordKey(n("والبيان"))).toBe(wordKey(n("بيان")));
    expect(wordKey(n("بالاتفاق"))).toBe(wordKey(n("اتفاق")));
    expect(wordKey(n("للمعارضة"))).toBe(wordKey(n("المعارضة")));
    // A word that merely starts with ب or و keeps it.
    expect(wordKey(n("بيان"))).toBe(n("بيان"));
    expect(wordKey(n("وزير"))).toBe(n("وزير"));
  });
});
