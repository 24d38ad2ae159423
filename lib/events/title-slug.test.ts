import { describe, expect, it } from "vitest";
import { datedSlug, undatedSlug, uniqueSlugs } from "./slug";
import { eventTitle } from "./title";

describe("event titles", () => {
  it("names the kind, the people and the place", () => {
    expect(eventTitle("call", ["لافروف", "كيري"], null, "x")).toBe("اتصال هاتفي بين لافروف وكيري");
    expect(eventTitle("visit", ["كيري"], "موسكو", "x")).toBe("زيارة كيري إلى موسكو");
    expect(eventTitle("meeting", ["لافروف", "كيري"], "كوالالمبور", "x")).toBe("اجتماع لافروف وكيري في كوالالمبور");
    expect(eventTitle("statement", ["زاخاروفا"], "موسكو", "x")).toBe("تصريحات زاخاروفا في موسكو");
  });
  it("falls back on the anchor's own title when the kind or people say too little", () => {
    expect(eventTitle("other", ["كيري"], null, "عنوان الخبر")).toBe("عنوان الخبر");
    expect(eventTitle("meeting", [], "جنيف", "عنوان الخبر")).toBe("عنوان الخبر");
  });
});

describe("event slugs", () => {
  it("reads date, kind, family names and place", () => {
    expect(datedSlug("2016-07-14", "visit", ["john-kerry"], { placeId: "moscow", name: "موسكو" })).toBe("2016-07-14-visit-kerry-moscow");
    expect(datedSlug("2016-09-01", "call", ["sergey-lavrov", "john-kerry"], null)).toBe("2016-09-01-call-lavrov-kerry");
    expect(datedSlug("2016-01-01", "meeting", [], { placeId: null, name: "موسكو" })).toBe("2016-01-01-meeting-mwskw");
  });
  it("gives an undated event its first article's content hash, blind to spacing", () => {
    expect(undatedSlug({ title: "عنوان", body: "نص  الخبر" })).toBe(undatedSlug({ title: " عنوان", body: "نص الخبر " }));
    expect(undatedSlug({ title: "عنوان", body: "نص" })).toMatch(/^undated-[0-9a-f]{12}$/);
  });
  it("numbers repeats in order", () => {
    expect(uniqueSlugs(["a", "b", "a", "a"], ["b"])).toEqual(["a", "b-2", "a-2", "a-3"]);
  });
});
