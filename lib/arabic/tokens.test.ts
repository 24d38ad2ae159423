import { describe, expect, it } from "vitest";
import { stemForms } from "./proclitics";
import { phraseKey } from "./phrase-key";
import { offsetAfterLetters, tokenize } from "./tokens";
import { slugify } from "./transliterate";
import { arabicRatio, isLatinOnly, scriptStats } from "./script";

describe("tokenize", () => {
  it("keeps offsets into the original and folds each word", () => {
    const t = tokenize("قال كيرى، (سيرغي) لافروف");
    expect(t.map((x) => x.norm)).toEqual(["قال", "كيري", "سيرغي", "لافروف"]);
    expect(t[1]!.raw).toBe("كيرى");
    expect(t.map((x) => x.joined)).toEqual([false, true, false, false]);
  });
  it("lets a hyphen join words (بان كي-مون) and drops a lone tatweel", () => {
    const t = tokenize("بان كي-مون موسكو ـ قال");
    expect(t.map((x) => x.norm)).toEqual(["بان", "كي", "مون", "موسكو", "قال"]);
    expect(t[2]!.joined).toBe(true);
    expect(t[4]!.joined).toBe(false);
  });
});

describe("stemForms", () => {
  const forms = (w: string) => stemForms(w).map((f) => f.form);
  it("strips و ف and ب ل ك", () => {
    expect(forms("وكيري")).toContain("كيري");
    expect(forms("فلافروف")).toContain("لافروف");
    expect(forms("وبالاسد")).toContain("الاسد");
    expect(forms("لكيري")).toContain("كيري");
  });
  it("restores the alef of لل", () => {
    expect(forms("للاسد")).toContain("الاسد");
    expect(forms("وللاسد")).toContain("الاسد");
  });
  it("never leaves a stem shorter than three letters", () => {
    expect(forms("وبي")).toEqual(["وبي"]);
  });
  it("offsetAfterLetters skips marks with their letter", () => {
    expect(offsetAfterLetters("وَكيري", 1)).toBe(2);
  });
});

describe("phraseKey", () => {
  it("drops punctuation, keeps © and @", () => {
    expect(phraseKey("الإسم *")).toBe("الاسم");
    expect(phraseKey(": Characters Left")).toBe("characters left");
    expect(phraseKey("© 2022 syria.news")).toBe("© 2022 syria news");
  });
});

describe("script stats", () => {
  it("counts Arabic, Latin and digit words", () => {
    const s = scriptStats("emiratesvoice صوت الإمارات 2016");
    expect(s).toEqual({ words: 4, arabicWords: 2, latinWords: 1, digitWords: 1 });
    expect(arabicRatio(s)).toBe(0.5);
    expect(isLatinOnly(scriptStats("Security Code*"))).toBe(true);
  });
});

describe("slugify", () => {
  it("makes ASCII ids from Arabic or Latin names", () => {
    expect(slugify("الوطن أونلاين")).toBe("alwtn-awnlayn");
    expect(slugify("www.new-site.com")).toBe("www-new-site-com");
  });
});
