import { describe, expect, it } from "vitest";
import { decodeNotice, encodeNotice, noticePage } from "./notice";
import { PAGE_VIEWS } from "./pages";
import { canonicalQuery } from "./view";

const issuesOf = (page: keyof typeof PAGE_VIEWS, qs: string) => canonicalQuery(PAGE_VIEWS[page].view, new URLSearchParams(qs)).issues;

describe("the notice a canonical redirect leaves for its page", () => {
  it("carries the codes of what was dropped, not unknown parameters, and rebuilds the Arabic messages", () => {
    const issues = issuesOf("timeline", "utm_source=x&from=2016-13-01&page=0&kind=call&kind=visit");
    const value = encodeNotice("timeline", issues);
    expect(value).toBe("timeline.kind~REPEATED.from~BAD_DATE.page~BAD_NUMBER");
    expect(decodeNotice(value, "timeline")).toEqual(issues.filter((i) => i.code !== "UNKNOWN"));
    expect(decodeNotice(value, "timeline")[2]!.message).toContain("رقم الصفحة");
  });

  it("has nothing to say when only unknown parameters were dropped", () => {
    expect(encodeNotice("search", issuesOf("search", "q=a&fbclid=1"))).toBeUndefined();
  });

  it("is read only by its own page, and nothing forged gets through", () => {
    const value = encodeNotice("compare", issuesOf("compare", "articles=abc"));
    expect(noticePage(value)).toBe("compare");
    expect(decodeNotice(value, "search")).toEqual([]);
    expect(decodeNotice("compare.articles~NOT_A_CODE.nope~BAD_ID.s~BAD_SENTENCE", "compare").map((i) => i.param)).toEqual(["s"]);
    for (const junk of [undefined, null, "", "....", "compare", "<script>.x~y"]) expect(decodeNotice(junk, "compare")).toEqual([]);
    expect(noticePage("constructor.a~b")).toBeUndefined();
  });
});
