import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks added and removed words and rebuilds each side exactly", () => {
    const a = "قال كيري الجمعة إن الاتفاق صامد.";
    const b = "وقال كيري يوم الجمعة إن الاتفاق ما زال صامدا.";
    const d = wordDiff(a, b);
    expect(d.a.map((s) => s.text).join("")).toBe(a);
    expect(d.b.map((s) => s.text).join("")).toBe(b);
    expect(d.a.every((s) => s.kind !== "added")).toBe(true);
    expect(d.b.every((s) => s.kind !== "removed")).toBe(true);
    const added = d.b.filter((s) => s.kind === "added").map((s) => s.text.trim());
    expect(added).toEqual(expect.arrayContaining(["وقال", "يوم", "ما زال صامدا"]));
    expect(d.a.filter((s) => s.kind === "removed").map((s) => s.text.trim())).toEqual(["قال", "صامد"]);
  });

  it("does not mark hamza, alef maqsura or teh marbuta spellings", () => {
    const d = wordDiff("الى الأمم المتحدة", "إلى الامم المتحده");
    expect(d.a).toEqual([{ text: "الى الأمم المتحدة", kind: "same" }]);
  });

  it("handles empty and punctuation-only text", () => {
    expect(wordDiff("", "").a).toEqual([]);
    expect(wordDiff("-", "كلمة").b).toEqual([{ text: "كلمة", kind: "added" }]);
  });
});
