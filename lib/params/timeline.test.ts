import { describe, expect, it } from "vitest";
import { endOf, startOf } from "./dates";
import { cleanParam } from "./input";
import {
  defaultFilters,
  monthPages,
  PAGE_SIZE,
  pageCount,
  parseTimelineFilters,
  searchKey,
  timelineHref,
  timelinePageView,
  toSearchParams,
  type TimelineFilters,
} from "./timeline";
import { canonicalQuery, parseParams, type ParamResult } from "./view";

const parse = (q: string) => parseTimelineFilters(new URLSearchParams(q));
const filtersOf = (r: ParamResult<TimelineFilters>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const paramsOf = (r: ParamResult<unknown>) => (r.ok ? [] : r.issues.map((e) => e.param));

describe("parseTimelineFilters", () => {
  it("gives the defaults for no params", () => {
    expect(filtersOf(parse(""))).toEqual(defaultFilters());
    expect(defaultFilters()).toEqual({ participants: [], sort: "asc" });
  });

  it("reads every filter", () => {
    const f = filtersOf(parse("participant=john-kerry&participant=sergey-lavrov&outlet=eremnews&place=موسكو&kind=call&from=2016-07&to=2016-09-01&q=حلب&sort=desc"));
    expect(f).toEqual({
      participants: ["john-kerry", "sergey-lavrov"],
      outlet: "eremnews",
      place: "موسكو",
      kind: "call",
      from: "2016-07",
      to: "2016-09-01",
      q: "حلب",
      sort: "desc",
    });
  });

  it("accepts Next's searchParams record, with arrays for repeated params", () => {
    expect(filtersOf(parseTimelineFilters({ participant: ["b-b", "a-a"], kind: "visit", other: undefined }))).toEqual({ participants: ["a-a", "b-b"], kind: "visit", sort: "asc" });
    expect(filtersOf(parseTimelineFilters({ participant: "vladimir-putin" })).participants).toEqual(["vladimir-putin"]);
  });

  it("sorts participants and drops repeats", () => {
    expect(filtersOf(parse("participant=z-z&participant=a-a&participant=z-z")).participants).toEqual(["a-a", "z-z"]);
  });

  it("takes empty values as absent, and names unknown params (page is the page's, not the filters')", () => {
    expect(filtersOf(parse("kind=&q=%20%20&outlet="))).toEqual(defaultFilters());
    expect(parse("utm_source=x&page=2&kind=")).toMatchObject({
      ok: false,
      issues: [
        { param: "utm_source", code: "UNKNOWN" },
        { param: "page", code: "UNKNOWN" },
      ],
    });
  });

  it("refuses repeated single-valued params, naming each", () => {
    const r = parse("sort=asc&sort=desc&kind=call&kind=visit");
    expect(r.ok).toBe(false);
    expect(paramsOf(r).sort()).toEqual(["kind", "sort"]);
    if (!r.ok) {
      expect(r.issues[0]!.code).toBe("REPEATED");
      expect(r.issues[0]!.message).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("refuses an unknown kind", () => {
    expect(paramsOf(parse("kind=x"))).toEqual(["kind"]);
    expect(paramsOf(parse("kind=CALL"))).toEqual(["kind"]);
    for (const k of ["meeting", "call", "visit", "statement", "agreement", "other"]) expect(filtersOf(parse(`kind=${k}`)).kind).toBe(k);
  });

  it("refuses a bad sort", () => {
    expect(paramsOf(parse("sort=up"))).toEqual(["sort"]);
  });

  it.each(["2016-13-01", "2016-02-30", "2015-02-29", "2016-00", "2016-7-1", "16-07-01", "2016/07/01", "20160701", "2016-07-01T00:00", "yesterday", "0000-01-01"])(
    "refuses the date %s",
    (d) => {
      expect(paramsOf(parse(`from=${d}`))).toEqual(["from"]);
      expect(paramsOf(parse(`to=${d}`))).toEqual(["to"]);
    },
  );

  it.each(["2016-02-29", "2016-12-31", "2016-07", "2013-01"])("accepts the date %s", (d) => {
    expect(filtersOf(parse(`from=${d}&to=${d}`))).toMatchObject({ from: d, to: d });
  });

  it("needs from ≤ to, comparing a month by its first and last days", () => {
    expect(paramsOf(parse("from=2016-09-02&to=2016-09-01"))).toEqual(["to"]);
    expect(paramsOf(parse("from=2016-10&to=2016-09-30"))).toEqual(["to"]);
    expect(filtersOf(parse("from=2016-09-15&to=2016-09")).to).toBe("2016-09");
    expect(filtersOf(parse("from=2016-09&to=2016-09-01")).from).toBe("2016-09");
  });

  it("checks ids", () => {
    expect(paramsOf(parse("participant=john-kerry&participant=DROP%20TABLE"))).toEqual(["participant"]);
    expect(paramsOf(parse("outlet=../etc"))).toEqual(["outlet"]);
    expect(paramsOf(parse(`outlet=${"a".repeat(81)}`))).toEqual(["outlet"]);
    expect(filtersOf(parse("outlet=al_jazeera")).outlet).toBe("al_jazeera");
  });

  it("trims q, collapses its spaces and caps it at 200 characters", () => {
    expect(filtersOf(parse("q=%20%20لافروف%20%20%20كيري%20")).q).toBe("لافروف كيري");
    expect(filtersOf(parse(`q=${"ب".repeat(200)}`)).q).toHaveLength(200);
    expect(paramsOf(parse(`q=${"ب".repeat(201)}`))).toEqual(["q"]);
  });

  it("strips bidi controls, zero-width marks and control characters before checking", () => {
    expect(filtersOf(parse("kind=\u202Ecall\u202C")).kind).toBe("call");
    expect(filtersOf(parse("participant=john\u200B-kerry")).participants).toEqual(["john-kerry"]);
    expect(filtersOf(parse("q=حل\u200Dب\u0000")).q).toBe("حلب");
    expect(filtersOf(parse("from=\uFEFF2016-07")).from).toBe("2016-07");
    expect(filtersOf(parse("q=\u2067\u2069")).q).toBeUndefined();
  });

  it("reports several bad params at once, one error each", () => {
    const r = parse("kind=x&from=2016-13-01&participant=A&participant=B&sort=z");
    expect(paramsOf(r).sort()).toEqual(["from", "kind", "participant", "sort"]);
  });
});

describe("toSearchParams", () => {
  it("writes the canonical form: fixed order, defaults left out", () => {
    const f = filtersOf(parse("sort=desc&q=حلب&participant=z-z&kind=call&participant=a-a&from=2016-07"));
    expect(toSearchParams(f).toString()).toBe(new URLSearchParams("participant=a-a&participant=z-z&kind=call&from=2016-07&q=حلب&sort=desc").toString());
    expect(toSearchParams(defaultFilters()).toString()).toBe("");
  });

  it("round-trips", () => {
    for (const q of ["", "kind=visit", "participant=a-a&participant=b-b&outlet=x&place=موسكو&from=2016-01&to=2016-12-31&q=a%26b&sort=desc"]) {
      const f = filtersOf(parse(q));
      expect(filtersOf(parseTimelineFilters(toSearchParams(f)))).toEqual(f);
      expect(toSearchParams(filtersOf(parseTimelineFilters(toSearchParams(f)))).toString()).toBe(toSearchParams(f).toString());
    }
  });

  it("gives the same link for the same view however it was written", () => {
    const a = toSearchParams(filtersOf(parse("kind=call&participant=b-b&participant=a-a&sort=asc"))).toString();
    const b = toSearchParams(filtersOf(parse("participant=a-a&kind=%E2%80%8Bcall&participant=b-b"))).toString();
    expect(a).toBe(b);
  });
});

describe("helpers", () => {
  it("bounds months and days", () => {
    expect(startOf("2016-02")).toBe("2016-02-01");
    expect(endOf("2016-02")).toBe("2016-02-29");
    expect(endOf("2015-02")).toBe("2015-02-28");
    expect(endOf("2016-12")).toBe("2016-12-31");
    expect(startOf("2016-02-10")).toBe("2016-02-10");
    expect(endOf("2016-02-10")).toBe("2016-02-10");
  });

  it("cleans params", () => {
    expect(cleanParam(" a\u200F\u00A0 b\n")).toBe("a b");
  });

  it("folds the search key as lib/arabic does, every ة as ه", () => {
    expect(searchKey("الأزمة السورية")).toBe("الازمه السوريه");
    expect(searchKey("Kerry ٢٠١٦")).toBe("kerry 2016");
    expect(searchKey("مُحادَثات")).toBe("محادثات");
  });
});

describe("paging", () => {
  const pageOf = (q: string | Record<string, string>) => {
    const r = parseParams(timelinePageView, typeof q === "string" ? new URLSearchParams(q) : q);
    return r.ok ? { ok: true, page: r.value.page } : r;
  };

  it("reads page, 1 when absent or empty", () => {
    expect(pageOf("")).toEqual({ ok: true, page: 1 });
    expect(pageOf("page=")).toEqual({ ok: true, page: 1 });
    expect(pageOf("page=1")).toEqual({ ok: true, page: 1 });
    expect(pageOf("sort=desc&page=50")).toEqual({ ok: true, page: 50 });
    expect(pageOf("page=10000")).toEqual({ ok: true, page: 10_000 });
    expect(pageOf({ page: "7" })).toEqual({ ok: true, page: 7 });
  });

  it("refuses anything but one positive whole number up to 10,000", () => {
    for (const bad of ["0", "-1", "1.5", "1e3", "abc", "10001", "99999999", "٢", "0x10"]) {
      const r = pageOf(`page=${encodeURIComponent(bad)}`);
      expect(r.ok, bad).toBe(false);
      if ("issues" in r) expect(r.issues).toEqual([{ param: "page", code: "BAD_NUMBER", message: "رقم الصفحة عدد صحيح من 1 إلى 10000." }]);
    }
    expect(pageOf("page=2&page=3").ok).toBe(false);
  });

  it("leaves page=1 out of the canonical URL and keeps the other filters", () => {
    const f = { ...defaultFilters(), participants: ["john-kerry"], sort: "desc" as const };
    expect(toSearchParams(f).toString()).toBe("participant=john-kerry&sort=desc");
    expect(toSearchParams(f, 1).toString()).toBe("participant=john-kerry&sort=desc");
    expect(toSearchParams(f, 3).toString()).toBe("participant=john-kerry&sort=desc&page=3");
    expect(timelineHref(defaultFilters())).toBe("/");
    expect(timelineHref(defaultFilters(), 2)).toBe("/?page=2");
    expect(timelineHref(f, 2, "month-2016-07")).toBe("/?participant=john-kerry&sort=desc&page=2#month-2016-07");
    expect(timelineHref(defaultFilters(), 1, "month-2016-07")).toBe("/#month-2016-07");
  });

  it("counts pages, at least one", () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
    expect(pageCount(10_000)).toBe(10_000 / PAGE_SIZE);
  });

  it("finds the page holding each month's first event, in either order", () => {
    const months = [
      { month: "2016-02", events: 60 },
      { month: "2016-01", events: 30 },
      { month: "2016-03", events: 0 },
      { month: "2016-04", events: 150 },
      { month: "2016-05", events: 10 },
    ];
    expect(Object.fromEntries(monthPages(months, "asc", 100))).toEqual({ "2016-01": 1, "2016-02": 1, "2016-04": 1, "2016-05": 3 });
    expect(Object.fromEntries(monthPages(months, "desc", 100))).toEqual({ "2016-05": 1, "2016-04": 1, "2016-02": 2, "2016-01": 3 });
    expect(Object.fromEntries(monthPages(months, "asc", 30))).toEqual({ "2016-01": 1, "2016-02": 2, "2016-04": 4, "2016-05": 9 });
  });
});

describe("display settings in timeline URLs", () => {
  const f = filtersOf(parse("participant=john-kerry&sort=desc"));
  const canonical = (q: string | Record<string, string | string[]>) => canonicalQuery(timelinePageView, typeof q === "string" ? new URLSearchParams(q) : q).query;
  it("the canonical form keeps the URL's own digits/cal at the end, valid values only", () => {
    expect(canonical("cal=hijri&sort=desc&page=2&digits=arab&participant=john-kerry")).toBe("participant=john-kerry&sort=desc&page=2&digits=arab&cal=hijri");
    expect(canonical({ participant: "john-kerry", sort: "desc", digits: "latn" })).toBe("participant=john-kerry&sort=desc&digits=latn");
    expect(canonical({ participant: "john-kerry", sort: "desc", digits: "xx", cal: ["hijri", "gregory"] })).toBe("participant=john-kerry&sort=desc");
    // The API, feed and preview image pass none: their URLs never carry display settings.
    expect(toSearchParams(f).toString()).toBe("participant=john-kerry&sort=desc");
  });
  it("the display params do not change the filters", () => {
    expect(filtersOf(parse("digits=arab&cal=hijri"))).toEqual(defaultFilters());
  });
  it("timeline links carry non-default settings before the fragment", () => {
    expect(timelineHref(f, 2, "month-2016-07", { digits: "arab", hijri: true })).toBe("/?participant=john-kerry&sort=desc&page=2&digits=arab&cal=hijri#month-2016-07");
    expect(timelineHref(defaultFilters(), 1, undefined, { digits: "latn", hijri: false })).toBe("/");
  });
});
