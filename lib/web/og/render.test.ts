import { describe, expect, it } from "vitest";
import { describeFilters, eventCard, timelineImagePath, timelineSummary } from "./cards";
import { cardSvg, OG_HEIGHT, OG_WIDTH, renderOgPng, wrap } from "./render";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(png: Buffer) {
  // IHDR is the first chunk: width and height are big-endian at bytes 16 and 20.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("renderOgPng", () => {
  it("draws a 1200×630 PNG quickly", () => {
    renderOgPng({ title: "تجربة" }); // first call loads the native module and fonts
    const started = performance.now();
    const png = renderOgPng({
      title: "لقاء لافروف وكيري في جنيف لبحث وقف إطلاق النار في «سوريا» والتنسيق العسكري بين واشنطن وموسكو",
      lines: ["اجتماع، الجمعة، 9 سبتمبر 2016، جنيف", "عدد المقالات: 3 (الجزيرة، العربية)"],
    });
    const ms = performance.now() - started;
    expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(ms).toBeLessThan(500);
  });

  it("makes every line a right-to-left isolate, right-aligned, with markup escaped", () => {
    const svg = cardSvg({ title: "أ <b> & ب", lines: ["\u202Eسطر"] });
    expect(svg).toContain("\u2067أ &lt;b&gt; &amp; ب\u2069");
    expect(svg).not.toContain("\u202E");
    expect(svg).toMatch(/text-anchor="end"/);
    expect(svg).toContain("قارئ محادثات سوريا");
  });
});

describe("wrap", () => {
  it("keeps lines within the budget and marks cut text", () => {
    const lines = wrap("كلمة ".repeat(40), 20, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe("cards", () => {
  it("describes the filters in Arabic with names from the facets", () => {
    const f = { participants: ["vladimir-putin"], outlet: "aljazeera", kind: "meeting" as const, from: "2016-01", to: "2016-03-15", sort: "asc" as const };
    const names = { participants: [{ id: "vladimir-putin", nameAr: "فلاديمير بوتين" }], outlets: [{ id: "aljazeera", nameAr: "الجزيرة" }] };
    const lines = describeFilters(f, names);
    expect(lines[0]).toBe("المشاركون: فلاديمير بوتين");
    expect(lines[1]).toBe("المصدر: الجزيرة");
    expect(lines[2]).toBe("النوع: اجتماع");
    expect(lines[3]).toMatch(/^الفترة: من يناير 2016 إلى .*15 مارس 2016$/);
    const s = timelineSummary(f, { events: 4, articles: 9 }, names);
    expect(s.title).toBe("الخط الزمني: فلاديمير بوتين");
    expect(s.description).toContain("عدد الأحداث: 4 · عدد المقالات: 9");
    expect(timelineImagePath({ ...f, sort: "desc" })).toBe("/og/timeline?participant=vladimir-putin&outlet=aljazeera&kind=meeting&from=2016-01&to=2016-03-15");
    expect(timelineImagePath({ participants: [], sort: "asc" })).toBe("/og/timeline");
  });

  it("writes the page description in the reader's digits; the image's lines default to Western digits", () => {
    const f = { participants: [], from: "2016-07", sort: "asc" as const };
    const eastern = timelineSummary(f, { events: 4, articles: 12 }, {}, { digits: "arab", hijri: false });
    expect(eastern.description).toContain("عدد الأحداث: ٤ · عدد المقالات: ١٢");
    expect(eastern.description).toContain("منذ يوليو ٢٠١٦");
    expect(eastern.description).not.toMatch(/[0-9]/);
    expect((timelineSummary(f, { events: 4, articles: 12 }).card.lines ?? []).join(" ")).not.toMatch(/[٠-٩]/);
  });

  it("sums up an event", () => {
    const card = eventCard({
      slug: "x",
      title: "اتصال هاتفي بين لافروف وكيري",
      kind: "call",
      date: "2016-09-09",
      dateEnd: null,
      place: null,
      participants: [{ nameAr: "سيرغي لافروف" }],
      articles: [{ outletName: "الجزيرة" }, { outletName: "الجزيرة" }, { outletName: null }],
    });
    expect(card.lines).toEqual(["اتصال هاتفي، الجمعة، 9 سبتمبر 2016", "المشاركون: سيرغي لافروف", "عدد المقالات: 3 (الجزيرة)"]);
  });
});
