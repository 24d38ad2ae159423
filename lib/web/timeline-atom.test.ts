import { describe, expect, it } from "vitest";
import { MAX_FEED_ENTRIES, timelineAtom, xmlEscape, type AtomEvent } from "./timeline-atom";

const ev = (slug: string, date: string | null, title = "حدث"): AtomEvent => ({
  slug,
  title,
  kind: "meeting",
  date,
  dateEnd: null,
  place: "موسكو",
  participants: [{ nameAr: "جون كيري" }],
  articles: [{ title: "خبر", outlet: { nameAr: "إرم نيوز" } }],
});

describe("xmlEscape", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(xmlEscape("a\u0000b\u000Bc\nd")).toBe("abc\nd");
  });
});

describe("timelineAtom", () => {
  const xml = timelineAtom([ev("old", "2015-08-05"), ev("undated", null), ev("new", "2016-09-01", "كيري & لافروف <هاتفيًا>")], "https://example.org", "kind=call");

  it("lists dated events newest first with absolute links", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const ids = [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(["https://example.org/events/new", "https://example.org/events/old"]);
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/events/new"/>');
    expect(xml).toContain("<updated>2016-09-01T00:00:00Z</updated>");
  });

  it("escapes titles and names the filtered view in its own links", () => {
    expect(xml).toContain("<title>كيري &amp; لافروف &lt;هاتفيًا&gt;</title>");
    expect(xml).not.toContain("<هاتفيًا>");
    expect(xml).toContain('href="https://example.org/feed.xml?kind=call"');
    expect(xml).toContain("<summary>اجتماع. 2016-09-01. موسكو. المشاركون: جون كيري. التغطية: خبر (إرم نيوز)</summary>");
  });

  it("keeps at most 100 entries", () => {
    const many = Array.from({ length: 150 }, (_, i) => ev(`e${i}`, `2016-01-${String((i % 28) + 1).padStart(2, "0")}`));
    expect(timelineAtom(many, "http://h", "").match(/<entry>/g)).toHaveLength(MAX_FEED_ENTRIES);
  });

  it("is a valid empty feed with no events", () => {
    const empty = timelineAtom([], "http://h", "");
    expect(empty).toContain("<updated>1970-01-01T00:00:00Z</updated>");
    expect(empty).not.toContain("<entry>");
    expect(empty).toContain('href="http://h/feed.xml"');
  });
});
