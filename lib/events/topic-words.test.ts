import { describe, expect, it } from "vitest";
import { tokenize } from "../arabic/tokens";
import { sharedTopics, topicKey, topicKeysOf, weighTopicWords } from "./topic-words";

const norm = (w: string) => tokenize(w)[0]!.norm;

describe("topic words", () => {
  it("folds case and number endings of long words, and leaves short roots apart", () => {
    expect(topicKey(norm("دوليا"))).toBe(topicKey(norm("الدولية")));
    expect(topicKey(norm("المساعدات"))).toBe(topicKey(norm("مساعدة")));
    expect(topicKey(norm("حلب"))).toBe("حلب");
  });

  it("leaves out ignored words, also behind a conjunction or with a pronoun", () => {
    const text = [tokenize("ولافروف وزيارته حول الأسلحة الكيماوية")];
    const all = [...topicKeysOf(text, new Set())];
    expect(all).toEqual(expect.arrayContaining([topicKey(norm("ولافروف")), topicKey(norm("وزيارته")), topicKey(norm("الكيماوية"))]));
    const kept = [...topicKeysOf(text, new Set(["لافروف", "زياره", "حول"]))];
    expect(kept).toEqual([topicKey(norm("الأسلحة")), topicKey(norm("الكيماوية"))]);
  });

  it("weighs a word few titles share above one most titles have", () => {
    const [chemical] = weighTopicWords(["محادثات جنيف حول الأسلحة الكيماوية", "محادثات فيينا حول التسوية", "محادثات لوزان حول الهدنة"], new Set(["حول"]));
    expect(chemical!.get(topicKey(norm("الكيماوية"))!)!).toBeGreaterThan(chemical!.get(topicKey(norm("محادثات")))!);
    expect(chemical!.get(topicKey(norm("محادثات")))).toBe(0);
  });

  it("sums the idf of the words an article shares with an entry, and names them", () => {
    const entry = new Map([
      ["كيماوي", 2],
      ["اسلحه", 1.5],
      ["هدنه", 3],
    ]);
    expect(sharedTopics(entry, new Set(["كيماوي", "اسلحه", "جنيف"]))).toEqual({ words: ["كيماوي", "اسلحه"], weight: 3.5 });
  });
});
