import { describe, expect, it } from "vitest";
import { compareHref, parseCompareParams } from "./compare";

const parse = (qs: string) => parseCompareParams(new URLSearchParams(qs));

describe("compare params", () => {
  it("parses two or three ids in order, with a sentence, into a canonical link", () => {
    expect(parse("articles=3,1")).toEqual({ ok: true, selection: { articles: [3, 1] }, canonical: "/compare?articles=3,1" });
    expect(parse("articles= 3 ,1,2&s=1-04")).toMatchObject({ ok: true, selection: { articles: [3, 1, 2], sentence: "1-4" }, canonical: "/compare?articles=3,1,2&s=1-4" });
    expect(parse("articles=3،1")).toMatchObject({ ok: true, selection: { articles: [3, 1] } });
    expect(parseCompareParams({ articles: "5,6" })).toMatchObject({ ok: true });
  });

  it("drops repeats, then counts", () => {
    expect(parse("articles=1,1,2")).toMatchObject({ ok: true, selection: { articles: [1, 2] } });
    expect(parse("articles=1,1")).toMatchObject({ ok: false, errors: [{ param: "articles", message: expect.stringContaining("مقالتان") }] });
  });

  it("rejects bad input with an Arabic message", () => {
    for (const qs of ["", "articles=", "articles=1", "articles=1,2,3,4", "articles=0,1", "articles=-1,2", "articles=a,b", "articles=1.5,2", "articles=1,2&articles=3,4"]) {
      const r = parse(qs);
      expect(r.ok, qs).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message).toMatch(/[\u0600-\u06FF]/);
    }
    expect(parse("articles=1,2&s=3-1")).toMatchObject({ ok: false, errors: [{ param: "s" }] });
    expect(parse("articles=1,2&s=x")).toMatchObject({ ok: false, errors: [{ param: "s" }] });
  });

  it("writes the canonical href", () => {
    expect(compareHref({ articles: [2, 1, 2], sentence: "1-0" })).toBe("/compare?articles=2,1&s=1-0");
  });
});
