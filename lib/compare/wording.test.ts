import { describe, expect, it } from "vitest";
import termsJson from "../../data/contested-terms.json";
import { compileTerms, contestedTerms, countTerms, wordingTable } from "./wording";

const count = (text: string, group: string) => {
  const m = contestedTerms();
  const gi = m.terms.groups.findIndex((g) => g.id === group);
  const c = countTerms(text, m)[gi]!;
  return Object.fromEntries(m.terms.groups[gi]!.variants.map((v, i) => [v.id, c[i]]).filter(([, n]) => n));
};

describe("contested terms", () => {
  it("the curated list is valid", () => {
    expect(() => compileTerms(termsJson)).not.toThrow();
    expect(() => compileTerms({ groups: [{ id: "x", label: "س", variants: [{ id: "a", label: "أ", phrases: [] }] }] })).toThrow(/contested-terms/);
  });

  it("counts the longest variant only", () => {
    expect(count("حارب تنظيم الدولة الإسلامية ثم تنظيم الدولة وأخيرا داعش ولداعش.", "isis")).toEqual({ daesh: 2, "islamic-state-org": 1, "state-org": 1 });
  });

  it("tolerates clitics and spelling", () => {
    expect(count("والنظام السوري وبالنظام السوري والحكومه السوريه", "syrian-government")).toEqual({ regime: 2, government: 1 });
    expect(count("ودعت إلى ووقف إطلاق النار وإلى الهدنة", "truce")).toEqual({ ceasefire: 1, truce: 1 });
  });

  it("tells scare quotes from plain use", () => {
    expect(count('ضرب "الإرهابيين" في حلب وقتل الإرهابيين في إدلب', "terrorists-quoted")).toEqual({ quoted: 1, unquoted: 1 });
    // A word inside a longer quotation is not in scare quotes.
    expect(count('وقال "لا حاضنة لهؤلاء الإرهابيين أفضل من سوريا"', "terrorists-quoted")).toEqual({ unquoted: 1 });
  });

  it("never matches across a paragraph", () => {
    expect(count("تحدث عن النظام\n\nالسوري الجديد", "syrian-government")).toEqual({});
  });

  it("builds a table of the groups some article uses", () => {
    const t = wordingTable(["قاتل المتشددين والجهاديين", "قاتل داعش"]);
    expect(t.map((g) => g.id)).toEqual(["isis", "fighters"]);
    expect(t[1]!.variants.find((v) => v.variantId === "jihadists")!.counts).toEqual([1, 0]);
  });
});
