import { describe, expect, it } from "vitest";
import { buildGazetteers, loadGazetteers } from "../entities/gazetteers";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "./test-helpers";

const TITLE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا";

describe("extractArticle", () => {
  it("treats CRLF and LF input alike", () => {
    const lf = extractArticle({ fileName: "a.txt", text: page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B) });
    const crlf = extractArticle({ fileName: "a.txt", text: page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B).replace(/\n/g, "\r\n") });
    expect({ ...crlf, lines: crlf.lines.map((l) => l.kind) }).toEqual({ ...lf, lines: lf.lines.map((l) => l.kind) });
  });

  it("never throws on empty or furniture-only input, and says what is missing", () => {
    for (const text of ["", "\n\n", "Share\nTweet\n© 2016"]) {
      const x = extractArticle({ fileName: "e.txt", text });
      expect(x.body).toBe("");
      expect(x.warnings).toContain("no-body");
      expect(x.publishedAt).toBeNull();
    }
  });

  it("validates a sidecar passed as an object and reports bad fields", () => {
    const x = extractArticle({ fileName: "s.txt", text: page(TITLE, "", PARAGRAPH_A), sidecar: { publishedAt: "2016-02-30", note: "x" } });
    expect(x.dateBasis).toBe("unknown");
    expect(x.warnings.some((w) => w.startsWith("sidecar: publishedAt ignored"))).toBe(true);
  });

  it("uses the sidecar title and still marks its printed copies", () => {
    const x = extractArticle({ fileName: "s.txt", text: page(TITLE, "", TITLE, "", PARAGRAPH_A), sidecar: { title: TITLE } });
    expect(x.title).toBe(TITLE);
    expect(x.lines.filter((l) => l.kind === "title" || l.kind === "duplicate")).toHaveLength(2);
  });

  it("accepts a registry of its own (tests, other corpora)", () => {
    const g = loadGazetteers();
    const tiny = buildGazetteers({
      people: { people: [{ id: "john-kerry", nameAr: "جون كيري", nameLatin: "John Kerry", variants: ["جون كيري", "كيري"] }] },
      outlets: { outlets: [] },
      agencies: { agencies: g.agencies, ownReporting: g.ownReporting },
      boilerplate: g.boilerplate,
    });
    const x = extractArticle({ fileName: "r.txt", text: page(TITLE, "", PARAGRAPH_A, "", PARAGRAPH_B) }, tiny);
    expect(x.people.map((p) => p.id)).toEqual(["john-kerry"]);
  });
});
