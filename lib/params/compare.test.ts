import { describe, expect, it } from "vitest";
import { compareHref, compareView } from "./compare";
import { canonicalQuery, parseParams } from "./view";

const parse = (qs: string) => parseParams(compareView, new URLSearchParams(qs));
const canonical = (qs: string) => canonicalQuery(compareView, new URLSearchParams(qs));

describe("compare params", () => {
  it("reads up to three ids in order, with a sentence and a title search", () => {
    expect(parse("articles=3,1")).toEqual({ ok: true, value: { articles: [3, 1] } });
    expect(parse("articles= 3 ,1,2&s=1-04")).toEqual({ ok: true, value: { articles: [3, 1, 2], sentence: "1-4" } });
    expect(parse("articles=3،1")).toMatchObject({ ok: true, value: { articles: [3, 1] } });
    expect(parseParams(compareView, { articles: "5,6", add: "لافروف" })).toEqual({ ok: true, value: { articles: [5, 6], add: "لافروف" } });
  });

  it("drops repeated ids; one id or none is a state of its own (the picker)", () => {
    expect(parse("articles=1,1,2")).toMatchObject({ ok: true, value: { articles: [1, 2] } });
    expect(parse("articles=1,1")).toMatchObject({ ok: true, value: { articles: [1] } });
    expect(parse("")).toEqual({ ok: true, value: { articles: [] } });
  });

  it("names what is wrong, in Arabic", () => {
    for (const qs of ["articles=0,1", "articles=-1,2", "articles=a,b", "articles=1.5,2", "articles=1,2,3,4", "articles=1,2&articles=3,4"]) {
      const r = parse(qs);
      expect(r.ok, qs).toBe(false);
      if (!r.ok) expect(r.issues[0]).toMatchObject({ param: "articles", message: expect.stringMatching(/[\u0600-\u06FF]/) });
    }
    expect(parse("articles=1,2,3,4")).toMatchObject({ ok: false, issues: [{ code: "TOO_MANY" }] });
    expect(parse("articles=1,2&s=3-1")).toMatchObject({ ok: false, issues: [{ param: "s", code: "BAD_SENTENCE" }] });
    expect(parse("articles=1,2&s=x")).toMatchObject({ ok: false, issues: [{ param: "s" }] });
  });

  it("repairs for the page: the first three ids, a sentence of a compared article only", () => {
    expect(canonical("articles=4,3,2,1")).toMatchObject({ value: { articles: [4, 3, 2] }, query: "articles=4%2C3%2C2", issues: [{ code: "TOO_MANY" }] });
    expect(canonical("articles=1,2&s=3-1")).toMatchObject({ value: { articles: [1, 2] }, issues: [{ param: "s" }] });
    expect(canonical("articles=abc&add=x")).toMatchObject({ value: { articles: [], add: "x" }, issues: [{ param: "articles", code: "BAD_ID_LIST" }] });
  });

  it("writes the canonical href", () => {
    expect(compareHref({ articles: [2, 1, 2], sentence: "1-0" })).toBe("/compare?articles=2,1&s=1-0");
    expect(compareHref({ articles: [7], add: "كيري لافروف" })).toBe(`/compare?articles=7&add=${new URLSearchParams({ a: "كيري لافروف" }).toString().slice(2)}`);
  });
});
