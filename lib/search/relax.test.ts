import { describe, expect, it } from "vitest";
import { queryWords, relaxQuery } from "./relax";

describe("relaxing a query that found nothing", () => {
  it("offers the phrase as words, no exclusions, and any word", () => {
    expect(relaxQuery('"وقف إطلاق النار" -حلب')).toEqual([
      { q: "وقف إطلاق النار -حلب", label: "الكلمات دون علامات التنصيص" },
      { q: "وقف إطلاق النار", label: "دون الكلمات المستبعدة" },
      { q: "وقف OR إطلاق OR النار", label: "أي كلمة منها بدل كلها" },
    ]);
  });
  it("offers nothing for a single plain word or syntax alone", () => {
    expect(relaxQuery("لافروف")).toEqual([]);
    expect(relaxQuery("-")).toEqual([]);
    expect(relaxQuery('"')).toEqual([]);
  });
  it("extracts the words to look up as names", () => {
    expect(queryWords('"كيرى" -لافروف OR Kerri!')).toEqual(["كيرى", "لافروف", "Kerri"]);
  });
});
