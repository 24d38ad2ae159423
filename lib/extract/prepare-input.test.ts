import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { IngestErrorCode } from "../enums/ingest-error";
import { IngestError } from "./errors";
import { prepareInput } from "./prepare-input";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "./test-helpers";

const ARTICLE = page("كيري ولافروف يتفقان على مواصلة المحادثات", "", PARAGRAPH_A, "", PARAGRAPH_B);
const bytes = (s: string, e = "utf-8") => new Uint8Array(iconv.encode(s, e));
const prep = (b: Uint8Array, fileName = "a.txt") => prepareInput(b, { fileName });

function codeOf(b: Uint8Array, fileName = "a.txt"): IngestErrorCode | "ok" {
  try {
    prep(b, fileName);
    return "ok";
  } catch (e) {
    if (e instanceof IngestError) return e.code;
    throw e;
  }
}

describe("bad inputs get the right error code", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...bytes(ARTICLE)]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...bytes("word/document.xml"), ...bytes(ARTICLE)]);
  const pdf = bytes(`%PDF-1.4\n${ARTICLE}`);
  const junk = new Uint8Array(6000).map((_, i) => (i * 7919 + (i >> 3) * 31) % 256);
  it.each([
    ["empty", new Uint8Array(), "EMPTY"],
    ["whitespace only", bytes(" \n\t\r\n \u00A0 "), "EMPTY"],
    ["a UTF-8 BOM and nothing else", new Uint8Array([0xef, 0xbb, 0xbf]), "EMPTY"],
    ["a PNG renamed .txt", png, "BINARY"],
    ["a ZIP (docx) renamed .txt", zip, "BINARY"],
    ["a PDF renamed .txt", pdf, "BINARY"],
    ["undecodable junk", junk, "BINARY"],
    ["no Arabic", bytes("Kerry met Lavrov in Geneva to discuss the Syrian truce.\n".repeat(20)), "NO_ARABIC"],
    ["HTML with no Arabic", bytes("<html><body><p>Kerry met Lavrov.</p></body></html>"), "NO_ARABIC"],
    ["HTML whose only Arabic is in scripts", bytes(`<html><body><script>var s = "${ARTICLE}";</script></body></html>`), "EMPTY"],
  ] as const)("%s: %s", (_, b, code) => expect(codeOf(b)).toBe(code));

  it("accepts UTF-16 (its NUL bytes are not binary)", () => {
    expect(codeOf(bytes(ARTICLE, "utf-16le"))).toBe("ok");
    expect(codeOf(new Uint8Array([0xfe, 0xff, ...bytes(ARTICLE, "utf-16be")]))).toBe("ok");
  });
});

describe("prepareInput", () => {
  it("normalises CRLF, NBSP and invisible marks, keeping the decoded source", () => {
    const raw = ARTICLE.replace(/\n/g, "\r\n").replace("كيري ولافروف", "كيري\u00A0ولافروف\u200F");
    const { input } = prep(bytes(raw));
    expect(input.text).toBe(ARTICLE);
    expect(input.source).toBe(raw);
    expect(input.format).toBe("text");
    expect(prep(bytes(ARTICLE)).input.source).toBeUndefined();
  });

  it("reports the encoding when it is not UTF-8", () => {
    const { input, warnings } = prep(bytes(ARTICLE, "windows-1256"));
    expect(input.text).toBe(ARTICLE);
    expect(warnings).toEqual(["decoded-as: windows-1256"]);
  });

  it("converts HTML by extension or by content, keeping the page as source and its hints", () => {
    const html = `<!DOCTYPE html><html><head><title>كيري ولافروف</title><link rel="canonical" href="https://www.youm7.com/story/2016/9/28/x"></head><body><p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p></body></html>`;
    for (const name of ["a.html", "a.txt"]) {
      const { input } = prep(bytes(html), name);
      expect(input.format).toBe("html");
      expect(input.source).toBe(html);
      expect(input.hints).toEqual({ title: "كيري ولافروف", url: "https://www.youm7.com/story/2016/9/28/x" });
      expect(input.text).toContain(PARAGRAPH_A);
    }
  });

  it("reads an HTML page's declared charset, and overrules it when it is wrong", () => {
    const html = (cs: string) =>
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${cs}"><title>عنوان</title></head><body><p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p></body></html>`;
    expect(prep(bytes(html("windows-1256"), "windows-1256"), "a.html").warnings).toEqual(["decoded-as: windows-1256"]);
    const wrong = prep(bytes(html("windows-1256")), "a.html");
    expect(wrong.input.text).toContain(PARAGRAPH_A);
    expect(wrong.warnings).toEqual(["declared-charset-wrong: the page declares windows-1256 but reads as utf-8"]);
  });
});
