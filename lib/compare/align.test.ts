import { describe, expect, it } from "vitest";
import { EDITED, input, PARAPHRASE, UNRELATED, WIRE } from "../../tests/compare/fixtures";
import { compareArticles } from "./compare";
import type { Comparison } from "./types";

const linked = (c: Comparison, column: number) => c.articles[column]!.sentences.filter((s) => s.counterparts.length > 0);
const classes = (c: Comparison, column: number) => c.articles[column]!.sentences.map((s) => s.class);

describe("alignment", () => {
  it("finds identical wire copy: every sentence identical, one to one", () => {
    const c = compareArticles([input(1, WIRE), input(2, WIRE)]);
    expect(classes(c, 0).every((k) => k === "identical")).toBe(true);
    for (const s of c.articles[0]!.sentences) expect(s.counterparts.map((x) => x.sentenceId)).toEqual([`2-${s.index}`]);
    expect(c.summary.wireCopy[0]!.likelySameCopy).toBe(true);
  });

  it("finds a lightly edited copy near-identical, with the edits marked", () => {
    const c = compareArticles([input(1, WIRE), input(2, EDITED)]);
    const [first, second, quote, plan, last] = c.articles[1]!.sentences;
    expect(first!.class).toBe("near");
    expect(second!.class).toBe("near");
    expect(quote!.class).toBe("identical");
    expect(plan!.class).toBe("near");
    expect(last!.class).toBe("unique"); // the added background sentence
    expect(c.articles[0]!.sentences[4]!.class).toBe("unique"); // de Mistura, cut by the editor
    const pair = c.pairs[second!.counterparts[0]!.pair]!;
    expect(pair.diff!.b.filter((s) => s.kind === "added").map((s) => s.text.trim())).toContain("ماراثونية");
    expect(pair.diff!.b.map((s) => s.text).join("")).toBe(second!.text);
    expect(c.summary.wireCopy[0]).toMatchObject({ likelySameCopy: true });
  });

  it("finds paraphrases of the same facts in another order", () => {
    const c = compareArticles([input(1, WIRE), input(2, PARAPHRASE)]);
    const para = c.articles[1]!.sentences;
    expect(para.every((s) => s.class === "paraphrase")).toBe(true);
    // de Mistura's welcome (first in the rewrite) is the wire's last sentence.
    expect(para[0]!.counterparts[0]!.sentenceId).toBe("1-4");
    expect(para[1]!.counterparts[0]!.sentenceId).toBe("1-0");
    expect(para[2]!.counterparts[0]!.sentenceId).toBe("1-1");
    expect(c.summary.wireCopy[0]!.likelySameCopy).toBe(false);
  });

  it("aligns almost nothing between unrelated articles", () => {
    for (const other of [WIRE, EDITED, PARAPHRASE]) {
      const c = compareArticles([input(1, other), input(2, UNRELATED)]);
      expect(linked(c, 0).length + linked(c, 1).length).toBe(0);
    }
  });

  it("aligns three articles pairwise and links each sentence to its counterparts in both", () => {
    const c = compareArticles([input(1, WIRE), input(2, EDITED), input(3, PARAPHRASE)]);
    const first = c.articles[0]!.sentences[0]!;
    expect(new Set(first.counterparts.map((x) => x.articleId))).toEqual(new Set([2, 3]));
    expect(first.counterparts[0]!.kind).toBe("near"); // strongest first
    expect(c.summary.wireCopy).toHaveLength(3);
  });

  it("links are symmetric and point at real pairs", () => {
    const c = compareArticles([input(1, WIRE), input(2, EDITED), input(3, PARAPHRASE)]);
    const byId = new Map(c.articles.flatMap((a) => a.sentences).map((s) => [s.id, s]));
    for (const s of byId.values())
      for (const x of s.counterparts) {
        const pair = c.pairs[x.pair]!;
        expect([pair.a, pair.b].sort()).toEqual([s.id, x.sentenceId].sort());
        expect(byId.get(x.sentenceId)!.counterparts.some((y) => y.sentenceId === s.id && y.kind === x.kind)).toBe(true);
      }
  });

  it("is deterministic and serialisable", () => {
    const args = [input(1, WIRE), input(2, PARAPHRASE)];
    const a = compareArticles(args);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(compareArticles(args)).toEqual(a);
  });

  it("takes two or three articles", () => {
    expect(() => compareArticles([input(1, WIRE)])).toThrow(RangeError);
  });
});
