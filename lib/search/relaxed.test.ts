import { describe, expect, it } from "vitest";
import { parseQuery } from "./query";
import { atLeast, MAX_RELAXED_CHARS, minimumShouldMatch, relaxedTsquery } from "./relaxed";

describe("partial matches", () => {
  it("asks for at least half of the terms", () => {
    expect([1, 2, 3, 4, 5, 6].map(minimumShouldMatch)).toEqual([1, 1, 2, 2, 3, 3]);
  });
  it("asks for some of the terms, without the full matches and the exclusions", () => {
    const q = parseQuery("هدنة حمص -حلب");
    const tsq = relaxedTsquery(q, [1, 1])!;
    expect(tsq).toMatch(/^\(.+ \| .+\) & !\(.+ & .+\) & !/);
    expect(tsq).toContain("'حلب'");
  });
  it("relaxes a single term only to its broader forms, and stop words are never terms", () => {
    expect(relaxedTsquery(parseQuery("هدنة"), [1])).toBe("(('هدن' | 'لهدن' | 'بهدن' | 'كهدن' | 'فهدن')) & !('هدن')");
    expect(relaxedTsquery(parseQuery("حول هدنة في"), [1])).toBe(relaxedTsquery(parseQuery("هدنة"), [1]));
    expect(relaxedTsquery(parseQuery("2016"), [1], {})).toBeNull();
  });
  it("asks for a word typed with a bare clitic without it", () => {
    expect(relaxedTsquery(parseQuery("لتفادي"), [1])).toContain("'تفاد'");
    expect(relaxedTsquery(parseQuery("بحلب"), [1])).toContain("'حلب'");
    expect(relaxedTsquery(parseQuery("بلد"), [1])).not.toContain("'لد'");
  });
  it("asks for both spellings of a relative adjective", () => {
    expect(relaxedTsquery(parseQuery("الكيميائية"), [1])).toContain("'كيماو'");
    expect(relaxedTsquery(parseQuery("الكيماوي"), [1])).toContain("'كيمياي'");
  });
  it("keeps the combinations small when the terms have many forms", () => {
    const q = parseQuery("meeting talks ceasefire agreement regime opposition envoy siege airstrikes humanitarian aid");
    const tsq = relaxedTsquery(
      q,
      q.groups.map((_, i) => i + 1),
    )!;
    expect(tsq.split(" & !")[0]!.length).toBeLessThanOrEqual(MAX_RELAXED_CHARS + 2);
    expect(tsq).toContain("&");
  });
  it("builds the combinations from the rarest terms", () => {
    const q = parseQuery("الف باء تاء ثاء جيم حاء خاء دال");
    const idf = [1, 2, 3, 4, 5, 6, 7, 8];
    const tsq = relaxedTsquery(q, idf)!;
    const some = tsq.split(" & !")[0]!;
    expect(some).not.toContain("'الف'");
    expect(some).not.toContain("'باء'");
    // Three of the six rarest, the rarest tested first.
    expect(some.indexOf("'دال'")).toBeLessThan(some.indexOf("'خا'"));
    for (const stem of ["تا", "ثا", "جيم", "حا", "خا", "دال"]) expect(some).toContain(`'${stem}'`);
  });
  it("holds exactly when at least k of the terms do, for every article", () => {
    // The tsquery read as a boolean formula over which terms an article holds, tried on every article.
    const holds = (tsq: string, held: Set<string>) =>
      new Function(
        `return ${tsq
          .replace(/'([^']+)'/g, (_, t: string) => String(held.has(t)))
          .replace(/&/g, "&&")
          .replace(/\|/g, "||")};`,
      )() as boolean;
    const terms = ["a", "b", "c", "d", "e", "f"];
    for (let k = 1; k <= terms.length; k++) {
      const tsq = atLeast(
        k,
        terms.map((t) => `'${t}'`),
      );
      for (let mask = 0; mask < 1 << terms.length; mask++) {
        const held = new Set(terms.filter((_, i) => mask & (1 << i)));
        expect(holds(tsq, held), `${k} of ${[...held].join("")}: ${tsq}`).toBe(held.size >= k);
      }
    }
  });
});
