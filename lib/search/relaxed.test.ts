import { describe, expect, it } from "vitest";
import { parseQuery } from "./query";
import { minimumShouldMatch, relaxedTsquery } from "./relaxed";

describe("partial matches", () => {
  it("asks for at least half of the terms", () => {
    expect([1, 2, 3, 4, 5, 6].map(minimumShouldMatch)).toEqual([1, 1, 2, 2, 3, 3]);
  });
  it("is an OR of the combinations, without the full matches and the exclusions", () => {
    const q = parseQuery("هدنة حمص -حلب");
    const tsq = relaxedTsquery(q, [1, 1])!;
    expect(tsq).toMatch(/^\(.+ \| .+\) & !\(.+ & .+\) & !/);
    expect(tsq).toContain("'حلب'");
  });
  it("never relaxes a single term, and stop words are never terms", () => {
    expect(relaxedTsquery(parseQuery("هدنة"), [1])).toBeNull();
    expect(relaxedTsquery(parseQuery("حول هدنة في"), [1])).toBeNull();
  });
  it("builds the combinations from the rarest terms", () => {
    const q = parseQuery("الف باء تاء ثاء جيم حاء خاء دال");
    const idf = [1, 2, 3, 4, 5, 6, 7, 8];
    const tsq = relaxedTsquery(q, idf)!;
    const combos = tsq.split(" & !")[0]!;
    expect(combos).not.toContain("'الف'");
    expect(combos).not.toContain("'باء'");
    expect(combos.split(" | ")).toHaveLength(20);
  });
});
