// The toolkit itself, on a small made-up view: every page and route gets exactly this treatment.
import { describe, expect, it } from "vitest";
import { dateParam, idParam, listOf, oneOf, pageParam, slugParam, textParam, withDefault } from "./fields";
import { inOrder } from "./dates";
import { messageOf } from "./messages";
import { canonicalParams, canonicalQuery, defineView, parseParams, readParam, writeParams } from "./view";

const view = defineView(
  {
    tag: listOf(idParam()),
    who: idParam(),
    note: textParam(10, "الملاحظة"),
    from: dateParam(),
    to: dateParam(),
    order: withDefault(oneOf(["old", "new"], "الترتيب"), "old"),
    page: pageParam(99),
  },
  { checks: [{ param: "to", code: "DATE_RANGE", holds: (v) => inOrder(v.from, v.to) }] },
);
const qs = (s: string) => new URLSearchParams(s);

describe("parseParams", () => {
  it("gives every field its value, the absent ones their default", () => {
    expect(parseParams(view, qs(""))).toEqual({ ok: true, value: { tag: [], order: "old", page: 1 } });
    expect(parseParams(view, qs("tag=b&tag=a&tag=b&who=x-y&note=نص&from=2016-01&to=2016-02-03&order=new&page=7"))).toEqual({
      ok: true,
      value: { tag: ["a", "b"], who: "x-y", note: "نص", from: "2016-01", to: "2016-02-03", order: "new", page: 7 },
    });
  });

  it("names unknown parameters, except the display settings every page carries", () => {
    expect(parseParams(view, qs("whom=x&digits=arab&cal=hijri"))).toEqual({ ok: false, issues: [{ param: "whom", code: "UNKNOWN", message: messageOf("UNKNOWN") }] });
    expect(parseParams(view, qs("whom=x"), { unknown: "ignore" })).toMatchObject({ ok: true });
  });

  it("names a repeated single-valued parameter; a list takes repeats", () => {
    expect(parseParams(view, qs("who=a&who=b"))).toMatchObject({ ok: false, issues: [{ param: "who", code: "REPEATED" }] });
    expect(parseParams(view, qs("tag=a&tag=b"))).toMatchObject({ ok: true });
  });

  it("cleans invisible characters, counts empty values as absent", () => {
    expect(parseParams(view, qs("who=x\u200B-y&note=%20%20&order=\u202Enew\u202C"))).toEqual({ ok: true, value: { tag: [], who: "x-y", order: "new", page: 1 } });
  });

  it("names each malformed value with its field's message", () => {
    const r = parseParams(view, qs("who=X Y&note=12345678901&from=2016-02-30&order=up&page=0&tag=ok&tag=NO"));
    expect(r).toEqual({
      ok: false,
      issues: [
        { param: "tag", code: "BAD_ID", message: "المعرّف غير صالح." },
        { param: "who", code: "BAD_ID", message: "المعرّف غير صالح." },
        { param: "note", code: "TOO_LONG", message: "الملاحظة أطول من 10 حرف." },
        { param: "from", code: "BAD_DATE", message: messageOf("BAD_DATE") },
        { param: "order", code: "BAD_VALUE", message: "الترتيب إما old أو new." },
        { param: "page", code: "BAD_NUMBER", message: "رقم الصفحة عدد صحيح من 1 إلى 99." },
      ],
    });
  });

  it("checks the rules between fields once the fields themselves are good", () => {
    expect(parseParams(view, qs("from=2016-03&to=2016-02-28"))).toMatchObject({ ok: false, issues: [{ param: "to", code: "DATE_RANGE" }] });
    expect(parseParams(view, qs("from=2016-03&to=2016-02-30"))).toMatchObject({ ok: false, issues: [{ param: "to", code: "BAD_DATE" }] });
  });

  it("reads Next's searchParams record as it reads a URL", () => {
    expect(parseParams(view, { tag: ["b", "a"], who: "x", other: undefined })).toEqual(parseParams(view, qs("tag=b&tag=a&who=x")));
  });
});

describe("canonicalParams and canonicalQuery (what a page shows, and where it redirects)", () => {
  it("drops unknown parameters, reads a repeated one from its first value, says what it changed", () => {
    const r = canonicalParams(view, qs("utm=1&who=a&who=b"));
    expect(r.value).toMatchObject({ who: "a" });
    expect(r.issues.map((i) => `${i.param}:${i.code}`)).toEqual(["utm:UNKNOWN", "who:REPEATED"]);
  });

  it("cuts text to length, keeps a list's good values, drops other bad values", () => {
    const r = canonicalParams(view, qs("note=12345678901&tag=ok&tag=NO&from=nope&page=0"));
    expect(r.value).toEqual({ tag: ["ok"], note: "1234567890", order: "old", page: 1 });
    expect(r.issues.map((i) => i.param)).toEqual(["tag", "note", "from", "page"]);
  });

  it("drops the parameter a failed rule names", () => {
    expect(canonicalParams(view, qs("from=2016-03&to=2016-02"))).toMatchObject({ value: { from: "2016-03" }, issues: [{ param: "to", code: "DATE_RANGE" }] });
  });

  it("writes fields in their declared order, defaults left out, display settings last", () => {
    expect(canonicalQuery(view, qs("cal=hijri&page=1&order=old&to=2016-02&tag=b&tag=a&who=x")).query).toBe("tag=a&tag=b&who=x&to=2016-02&cal=hijri");
    expect(canonicalQuery(view, qs("digits=arab&digits=latn&cal=lunar")).query).toBe("");
  });

  it("a canonical query is its own canonical form, with nothing to report", () => {
    for (const s of ["", "tag=b&tag=a&who=x", "note=12345678901&tag=NO&from=2016-13", "who=a&who=b&zz=1&page=5&digits=arab"]) {
      const once = canonicalQuery(view, qs(s));
      const twice = canonicalQuery(view, qs(once.query));
      expect(twice).toEqual({ ...once, issues: [] });
      expect(parseParams(view, qs(once.query))).toEqual({ ok: true, value: once.value });
    }
  });
});

describe("writeParams and readParam", () => {
  it("writes a value back in the canonical form", () => {
    expect(writeParams(view, { tag: ["a"], order: "new", page: 2, note: "أ ب" }).toString()).toBe(new URLSearchParams("tag=a&note=أ ب&order=new&page=2").toString());
  });

  it("reads a path segment without cleaning it: an invisible character makes it another name", () => {
    expect(readParam(slugParam(), "2016-07-14-visit-kerry-moscow")).toBe("2016-07-14-visit-kerry-moscow");
    expect(readParam(slugParam(), "x\u0000")).toBeUndefined();
    expect(readParam(slugParam(), "a".repeat(121))).toBeUndefined();
  });
});
