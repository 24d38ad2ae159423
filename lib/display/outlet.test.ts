import { describe, expect, it } from "vitest";
import { outletPlainText, outletText } from "./outlet";
import { titleSourceNote, titleText, UNTITLED } from "./title";

describe("outlet labels", () => {
  it("name the outlet with its country, or alone, or say it is unknown", () => {
    expect(outletText({ nameAr: "الحياة", country: "LB", verified: true })).toBe("الحياة (لبنان)");
    expect(outletText({ nameAr: "عاجل", country: null, verified: true })).toBe("عاجل");
    expect(outletText(null)).toBe("مصدر غير معروف");
  });

  it("mark an unverified outlet in plain text", () => {
    expect(outletPlainText({ nameAr: "news.example", country: null, verified: false })).toBe("news.example – غير موثق");
    expect(outletPlainText({ nameAr: "الحياة", country: "LB", verified: true })).toBe("الحياة (لبنان)");
  });
});

describe("titles for readers", () => {
  it("say in words that an article has no title, never show an empty one", () => {
    expect(titleText("")).toBe(UNTITLED);
    expect(titleText("  ")).toBe(UNTITLED);
    expect(titleText("لافروف وكيري")).toBe("لافروف وكيري");
  });

  it("note a title taken from the URL or the editor, and a missing one", () => {
    expect(titleSourceNote("url-slug", "x")).toBe("العنوان مأخوذ من رابط المقال");
    expect(titleSourceNote("url_slug", "x")).toBe("العنوان مأخوذ من رابط المقال");
    expect(titleSourceNote("sidecar", "x")).toBe("العنوان من المحرر");
    expect(titleSourceNote("text", "x")).toBeNull();
    expect(titleSourceNote(null, "")).toMatch(/لا يطبع النص عنوانًا/);
  });
});
