import { describe, expect, it } from "vitest";
import { arabicSpellings, MAX_SPELLINGS } from "./latin-to-arabic";

describe("Latin names to candidate Arabic spellings", () => {
  it("offers the spelling the press uses among a few candidates", () => {
    expect(arabicSpellings("Jubeir")).toContain("جبير");
    expect(arabicSpellings("Peskov")).toContain("بيسكوف");
    expect(arabicSpellings("Fabius")).toContain("فابيوس");
    expect(arabicSpellings("Lausanne")).toContain("لوزان");
    expect(arabicSpellings("Kiruna")).toContain("كيرونا");
    expect(arabicSpellings("Hamburg")).toContain("هامبورغ");
    expect(arabicSpellings("Steinmeier")).toContain("ستاينماير");
  });
  it("is bounded, literal first, and ignores what is not a Latin word", () => {
    expect(arabicSpellings("Tillerson").length).toBeLessThanOrEqual(MAX_SPELLINGS);
    expect(arabicSpellings("Obama")[0]).toBe("اوباما");
    expect(arabicSpellings("ab")).toEqual([]);
    expect(arabicSpellings("كيري")).toEqual([]);
    expect(arabicSpellings("2254")).toEqual([]);
  });
});
