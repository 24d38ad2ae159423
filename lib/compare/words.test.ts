import { describe, expect, it } from "vitest";
import { KeyFolder, matchKey, stemKey, wordsOf } from "./words";
import { orderedSimilarity, sharedUnits } from "./similarity";

describe("match keys", () => {
  it("fold spelling variants of names and loan words", () => {
    expect(matchKey("الأميركي")).toBe(matchKey("الأمريكي"));
    expect(matchKey("سورية")).toBe(matchKey("سوريا"));
    expect(matchKey("سيرغي")).toBe(matchKey("سيرجي"));
    expect(matchKey("بيسكوف")).toBe(matchKey("بسكوف"));
    expect(matchKey("ديمتري")).toBe(matchKey("دميتري"));
    expect(matchKey("إلى")).toBe(matchKey("الى"));
  });

  it("drop the article and clitics glued to it, but keep a word's own letters", () => {
    expect(stemKey("والنظام")).toBe("نظام");
    expect(stemKey("للاسد")).toBe("اسد");
    expect(stemKey("بالهدنه")).toBe("هدنه");
    expect(stemKey("وزير")).toBe("وزير");
    expect(stemKey("الى")).toBe("الى");
    expect(matchKey("كيري")).not.toBe(matchKey("يري"));
  });

  it("learn other clitics from the texts compared", () => {
    const folder = new KeyFolder(["وجبهة النصرة ولكيري", "جبهة كيري وزير ووزير"]);
    const key = (w: string) => wordsOf(w, folder)[0]!.key;
    expect(key("وجبهة")).toBe(key("جبهة"));
    expect(key("لكيري")).toBe(key("كيري"));
    expect(key("ووزير")).toBe(key("وزير"));
    expect(key("وزير")).not.toBe(key("زير"));
  });

  it("keep short words apart (no skeleton under five letters)", () => {
    expect(matchKey("جرت")).not.toBe(matchKey("غارات"));
  });
});

describe("similarity", () => {
  it("measures word order", () => {
    expect(orderedSimilarity(["a", "b", "c"], ["a", "b", "c"])).toBe(1);
    expect(orderedSimilarity(["a", "b", "c", "d"], ["a", "x", "c", "d"])).toBe(0.75);
    expect(orderedSimilarity([], ["a"])).toBe(0);
  });

  it("counts a shared name or title once", () => {
    const shared = new Set(["وزير", "خارجيه", "كيري", "اتفاق", "هدنه"]);
    expect(sharedUnits(["وزير", "خارجيه", "كيري", "قال"], ["قال", "وزير", "خارجيه", "كيري"], shared)).toBe(1);
    expect(sharedUnits(["كيري", "اتفاق", "على", "هدنه"], ["هدنه", "بحسب", "اتفاق", "كيري"], shared)).toBe(3);
  });
});
