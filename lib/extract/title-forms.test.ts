import { describe, expect, it } from "vitest";
import { titleForms, undouble } from "./title-forms";

describe("undouble", () => {
  it("halves a line printed twice, glued or spaced", () => {
    expect(undouble("أمريكا تتطلع لمحادثاتأمريكا تتطلع لمحادثات")).toBe("أمريكا تتطلع لمحادثات");
    expect(undouble("روسيا وأمريكا تفشلان روسيا وأمريكا تفشلان")).toBe("روسيا وأمريكا تفشلان");
    expect(undouble("روسيا وأمريكا تفشلان")).toBeNull();
  });
});

describe("titleForms", () => {
  const texts = (s: string) => titleForms(s).map((f) => [f.text, f.affixes]);
  it("offers both sides of 'Title - Outlet' and 'Outlet - Title'", () => {
    expect(texts("«كيري» في موسكو - بوابة الشروق")).toContainEqual(["«كيري» في موسكو", ["بوابة الشروق"]]);
    expect(texts("صوت الإمارات - الولايات المتحدة تدعو")).toContainEqual(["الولايات المتحدة تدعو", ["صوت الإمارات"]]);
  });
  it("splits DW-style titles with several parts", () => {
    expect(texts("واشنطن تعلق محادثاتها | أخبار | DW | 03.10.2016")).toContainEqual(["واشنطن تعلق محادثاتها", ["أخبار", "DW", "03.10.2016"]]);
  });
  it("strips a dangling dash from a brand line", () => {
    expect(texts("صوت الإمارات -")).toContainEqual(["صوت الإمارات", []]);
  });
  it("does not split on a hyphen inside a word or a number", () => {
    expect(titleForms("هدنة 2015-2016 في سوريا")).toHaveLength(1);
  });
});
