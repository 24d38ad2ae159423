import { describe, expect, it } from "vitest";
import { paragraphAt, splitParagraphs } from "./passage";

describe("paragraphs", () => {
  const body = "الأول هنا.\n\nالثاني هنا.\n \nالثالث.";
  it("splits on blank lines like the reader", () => {
    expect(splitParagraphs(body)).toEqual(["الأول هنا.", "الثاني هنا.", "الثالث."]);
  });
  it("finds the paragraph of every offset", () => {
    const parts = splitParagraphs(body);
    parts.forEach((p, i) => {
      const at = body.indexOf(p);
      expect(paragraphAt(body, at)).toBe(i);
      expect(paragraphAt(body, at + p.length - 1)).toBe(i);
    });
    expect(paragraphAt(body, 0)).toBe(0);
    expect(paragraphAt(body, 10_000)).toBe(2);
    expect(paragraphAt("بلا فقرات", 5)).toBe(0);
  });
});
