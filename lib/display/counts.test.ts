import { describe, expect, it } from "vitest";
import { ARTICLES, countLabel, EVENTS } from "./counts";

describe("counted nouns", () => {
  it("agree the noun with the number", () => {
    expect(countLabel(1, ARTICLES)).toBe("مقال واحد");
    expect(countLabel(2, ARTICLES)).toBe("مقالان");
    expect(countLabel(3, ARTICLES)).toBe("3 مقالات");
    expect(countLabel(10, EVENTS)).toBe("10 أحداث");
    expect(countLabel(11, ARTICLES)).toBe("11 مقالًا");
    expect(countLabel(99, EVENTS)).toBe("99 حدثًا");
    expect(countLabel(100, ARTICLES)).toBe("100 مقال");
    expect(countLabel(1000, ARTICLES)).toBe("1,000 مقال");
    expect(countLabel(103, ARTICLES)).toBe("103 مقالات");
    expect(countLabel(111, ARTICLES)).toBe("111 مقالًا");
  });
  it("writes the reader's digits", () => {
    expect(countLabel(7, ARTICLES, { digits: "arab", hijri: false })).toBe("٧ مقالات");
  });
});
