import { describe, expect, it } from "vitest";
import { cardCoverage, moreArticlesLabel } from "./coverage";

const art = (id: number, outletName: string | null) => ({ id, outletName });

describe("card coverage", () => {
  it("lists the first articles and counts the rest, keeping every outlet's count", () => {
    const articles = [art(1, "ب"), art(2, "أ"), art(3, "ب"), art(4, null), art(5, "ج"), art(6, "ب"), art(7, "د")];
    const c = cardCoverage(articles, 5);
    expect(c.shown.map((a) => a.id)).toEqual([1, 2, 3, 4, 5]);
    expect(c.more).toBe(2);
    expect(c.outlets).toEqual([
      { name: "ب", articles: 3 },
      { name: "أ", articles: 1 },
      { name: "ج", articles: 1 },
      { name: "د", articles: 1 },
      { name: null, articles: 1 },
    ]);
    expect(c.outlets.reduce((s, o) => s + o.articles, 0)).toBe(articles.length);
  });

  it("cuts nothing from a short list", () => {
    const c = cardCoverage([art(1, "أ"), art(2, "أ")]);
    expect(c.shown).toHaveLength(2);
    expect(c.more).toBe(0);
  });

  it("agrees the label with its number", () => {
    expect(moreArticlesLabel(1, "1")).toBe("ومقال آخر");
    expect(moreArticlesLabel(2, "2")).toBe("ومقالان آخران");
    expect(moreArticlesLabel(5, "٥")).toBe("و٥ مقالات أخرى");
    expect(moreArticlesLabel(11, "11")).toBe("و11 مقالًا آخر");
    expect(moreArticlesLabel(103, "103")).toBe("و103 مقالات أخرى");
  });
});
