import { describe, expect, it } from "vitest";
import { checkSidecar, parseSidecar } from "./sidecar";

describe("sidecar", () => {
  it("accepts every known field", () => {
    const json = JSON.stringify({ url: "https://www.eremnews.com/news/x", outlet: "eremnews", publishedAt: "2015-09-18", title: "عنوان", note: "من وكالات ذلك اليوم" });
    expect(parseSidecar(json)).toEqual({ sidecar: JSON.parse(json), warnings: [] });
  });

  it("drops only the bad field, with a warning", () => {
    const r = checkSidecar({ publishedAt: "2015-02-30", note: "x", url: "not a url" });
    expect(r.sidecar).toEqual({ note: "x" });
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/publishedAt ignored \(not a calendar date\)/);
  });

  it("warns about unknown fields and wrong shapes", () => {
    expect(checkSidecar({ date: "2015-09-18" }).warnings).toEqual(['sidecar: unknown field "date" ignored']);
    expect(checkSidecar({ publishedAt: "18/09/2015" }).warnings[0]).toMatch(/YYYY-MM-DD/);
    expect(checkSidecar(["x"])).toEqual({ sidecar: undefined, warnings: ["sidecar: not a JSON object, ignored"] });
    expect(checkSidecar({ title: "   " }).sidecar).toBeUndefined();
  });

  it("survives broken JSON", () => {
    expect(parseSidecar("{ publishedAt: 2015 }")).toEqual({ sidecar: undefined, warnings: ["sidecar: not valid JSON, ignored"] });
  });

  it("is applied inside extraction too, so a raw object cannot smuggle a bad date", () => {
    expect(checkSidecar(undefined)).toEqual({ sidecar: undefined, warnings: [] });
  });

  it("treats inherited property names as unknown fields (found by the property test)", () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const r = parseSidecar(`{"${key}": "x", "title": "عنوان"}`);
      expect(r.sidecar, key).toEqual({ title: "عنوان" });
      expect(r.warnings, key).toEqual([`sidecar: unknown field "${key}" ignored`]);
    }
  });
});
