import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_QUERY_LENGTH } from "../params/search";
import { compileTsquery, highlightStems, parseQuery } from "./query";

const codes = (q: string) => parseQuery(q).messages.map((m) => m.code);

describe("query syntax", () => {
  it("plain words must all match", () => {
    const p = parseQuery("هدنة حلب");
    expect(p.groups).toHaveLength(2);
    expect(compileTsquery(p)).toMatch(/^'هدن' & .*'حلب'/);
  });

  it("a quoted phrase keeps word order («...» and “...” too)", () => {
    for (const q of ['"وقف إطلاق النار"', "«وقف إطلاق النار»", "“وقف إطلاق النار”"]) {
      expect(compileTsquery(parseQuery(q))).toContain("'وقف' <-> ");
    }
  });

  it('-word and -"phrase" exclude; a hyphen inside a word does not', () => {
    expect(compileTsquery(parseQuery("هدنة -قصف"))).toBe("'هدن' & !'قصف'");
    expect(compileTsquery(parseQuery("هدنة -حلب"))).toBe("'هدن' & !('xgaleppo' | 'حلب')");
    expect(compileTsquery(parseQuery('هدنة -"وقف النار"'))).toContain("& !('وقف' <-> ");
    expect(parseQuery("جنيف-2").excluded).toHaveLength(0);
  });

  it("OR (or |) joins two alternatives into one group", () => {
    const p = parseQuery("هدنة OR تهدئة مفاوضات");
    expect(p.groups.map((g) => g.length)).toEqual([2, 1]);
    expect(compileTsquery(parseQuery("هدنة | تهدئة"))).toBe("('هدن' | 'تهد')");
  });

  it("a known name typed in words becomes its entity (Arabic or Latin, one or two words)", () => {
    for (const q of ["كيري", "جون كيري", "John Kerry", "kerry", "KERRY"]) {
      const g = parseQuery(q).groups;
      expect(g).toHaveLength(1);
      expect(g[0]![0]).toMatchObject({ kind: "entity", entity: { id: "john-kerry" } });
    }
    expect(parseQuery("كيربي").groups[0]![0]).toMatchObject({ kind: "entity", entity: { id: "john-kirby" } });
    expect(compileTsquery(parseQuery("كيري"))).not.toContain("كيرب");
  });

  it("drops very common words with a message, but keeps them inside a phrase", () => {
    expect(codes("في سوريا")).toContain("stop-words");
    expect(parseQuery("في سوريا").groups).toHaveLength(1);
    expect(compileTsquery(parseQuery('"في سوريا"'))).toContain("'في' <-> ");
  });

  it("malformed input gives a best-effort query and an Arabic message", () => {
    expect(codes('"كيري')).toContain("unclosed-quote");
    expect(compileTsquery(parseQuery('"كيري'))).toContain("xpjohnkerry");
    expect(codes("OR")).toEqual(["dangling-or", "empty"]);
    expect(codes("هدنة OR")).toContain("dangling-or");
    expect(codes("-كيري")).toContain("only-excluded");
    expect(compileTsquery(parseQuery("-كيري"))).toBeNull();
    expect(codes("")).toEqual(["empty"]);
    expect(parseQuery("OR").messages[0]!.message).toMatch(/[\u0600-\u06ff]/);
  });

  it("limits the query length and the number of terms", () => {
    expect(codes("ا".repeat(MAX_QUERY_LENGTH + 5))).toContain("truncated");
    expect(codes(Array.from({ length: 20 }, (_, i) => `كلمة${i}`).join(" "))).toContain("too-many-terms");
  });

  it("never throws and compiles only quoted lexemes of letters and digits, whatever the input", () => {
    const safe = /^(?:\s|[()&|!]|<->|'[\p{L}\p{N}]+')*$/u;
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: fc.constantFrom(..."ab كيري\"«»-|OR()&!:*'\\\u0000سوريا٢ ".split("")) }), (q) => {
        const tsq = compileTsquery(parseQuery(q));
        if (tsq !== null) expect(tsq).toMatch(safe);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 250, unit: "binary" }), (q) => {
        const tsq = compileTsquery(parseQuery(q));
        if (tsq !== null) expect(tsq).toMatch(safe);
      }),
      { numRuns: 500 },
    );
  });

  it("highlights every spelling of a named entity and every stem of a word", () => {
    const stems = highlightStems(parseQuery("Lavrov"));
    expect(stems.has("لافروف")).toBe(true);
    expect(stems.has("سيرج")).toBe(true);
    expect(highlightStems(parseQuery("البنتاجون")).has("بنتاغ")).toBe(true);
  });
});
