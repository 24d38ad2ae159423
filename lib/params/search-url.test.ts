import { describe, expect, it } from "vitest";
import { canonicalSearch, searchHrefWith, searchQueryString } from "./search-url";

const canon = (qs: string) => canonicalSearch(new URLSearchParams(qs));

describe("canonical search URLs", () => {
  it("accepts the canonical form", () => {
    expect(canon("q=لافروف&outlet=aawsat&sort=date")).toEqual({ ok: true, params: expect.objectContaining({ q: "لافروف", outlet: "aawsat", sort: "date", page: 1 }) });
    expect(canon("")).toMatchObject({ ok: true });
  });
  it("redirects defaults, empty, unknown, repeated and invalid values away", () => {
    expect(canon("q=كيري&outlet=&sort=relevance&page=1")).toEqual({ ok: false, redirectTo: `/search?${new URLSearchParams({ q: "كيري" })}` });
    expect(canon("q=a&nonsense=1")).toEqual({ ok: false, redirectTo: "/search?q=a" });
    expect(canon("q=a&outlet=x&outlet=y")).toEqual({ ok: false, redirectTo: "/search?q=a&outlet=x" });
    expect(canon("q=a&from=2016-13-40&basis=maybe&page=0&pageSize=999")).toEqual({ ok: false, redirectTo: "/search?q=a" });
    expect(canon("q=a&outlet=Not%20An%20Id")).toEqual({ ok: false, redirectTo: "/search?q=a" });
    expect(canon("from=2016-05&to=2016-01")).toEqual({ ok: false, redirectTo: "/search?from=2016-05" });
  });
  it("cuts an over-long query instead of dropping it", () => {
    const r = canon(`q=${"س".repeat(300)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(new URL(r.redirectTo, "http://x").searchParams.get("q")).toHaveLength(200);
  });
  it("keeps the display settings", () => {
    expect(canon("q=a&digits=arab")).toMatchObject({ ok: true });
    expect(canon("digits=arab&q=a&page=1")).toEqual({ ok: false, redirectTo: "/search?q=a&digits=arab" });
  });
  it("changing a filter returns to page 1", () => {
    const p = { q: "a", sort: "relevance" as const, page: 3, pageSize: 20 };
    expect(searchHrefWith(p, { outlet: "bbc" })).toBe("/search?q=a&outlet=bbc");
    expect(searchHrefWith(p, { page: 2 })).toBe("/search?q=a&page=2");
    expect(searchQueryString({ ...p, outlet: undefined })).toBe("q=a&page=3");
  });
});
