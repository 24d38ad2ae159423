import { describe, expect, it } from "vitest";
import { searchPageView } from "./search";
import { searchHrefWith, searchQueryString } from "./search-url";
import { canonicalQuery, hrefWith } from "./view";

/** Where the page sends a URL: undefined when it is already canonical. */
const canon = (qs: string) => {
  const { query } = canonicalQuery(searchPageView, new URLSearchParams(qs));
  return query === new URLSearchParams(qs).toString() ? undefined : hrefWith("/search", query);
};
const valueOf = (qs: string) => canonicalQuery(searchPageView, new URLSearchParams(qs)).value;

describe("canonical search URLs", () => {
  it("accepts the canonical form", () => {
    expect(canon("q=لافروف&outlet=aawsat&sort=date")).toBeUndefined();
    expect(valueOf("q=لافروف&outlet=aawsat&sort=date").params).toEqual({ q: "لافروف", outlet: "aawsat", sort: "date", page: 1, pageSize: 20 });
    expect(canon("")).toBeUndefined();
  });
  it("redirects defaults, empty, unknown, repeated and invalid values away", () => {
    expect(canon("q=كيري&outlet=&sort=relevance&page=1")).toBe(`/search?${new URLSearchParams({ q: "كيري" })}`);
    expect(canon("q=a&nonsense=1")).toBe("/search?q=a");
    expect(canon("q=a&outlet=x&outlet=y")).toBe("/search?q=a&outlet=x");
    expect(canon("q=a&from=2016-13-40&basis=maybe&page=0&pageSize=999")).toBe("/search?q=a");
    expect(canon("q=a&outlet=Not%20An%20Id")).toBe("/search?q=a");
    expect(canon("from=2016-05&to=2016-01")).toBe("/search?from=2016-05");
  });
  it("cuts an over-long query instead of dropping it", () => {
    const to = canon(`q=${"س".repeat(300)}`);
    expect(new URL(to!, "http://x").searchParams.get("q")).toHaveLength(200);
  });
  it("keeps the display settings", () => {
    expect(canon("q=a&digits=arab")).toBeUndefined();
    expect(canon("digits=arab&q=a&page=1")).toBe("/search?q=a&digits=arab");
  });
  it("keeps the comparison a search starts from, as the page turns it into its event", () => {
    expect(valueOf("q=a&articles=3,1").articles).toEqual([3, 1]);
    expect(canon("q=a&articles=3,1,2,4")).toBe("/search?q=a&articles=3,1,2");
  });
  it("changing a filter returns to page 1", () => {
    const p = { q: "a", sort: "relevance" as const, page: 3, pageSize: 20 };
    expect(searchHrefWith(p, { outlet: "bbc" })).toBe("/search?q=a&outlet=bbc");
    expect(searchHrefWith(p, { page: 2 })).toBe("/search?q=a&page=2");
    expect(searchQueryString({ ...p, outlet: undefined })).toBe("q=a&page=3");
  });
});
