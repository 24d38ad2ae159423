import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { canonicalCharset, decodeBytes, utf16Pattern } from "./decode";
import { PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C } from "./test-helpers";

// Real sentences of the kind the corpus holds, short and long, with and without punctuation.
const SENTENCES = [
  PARAGRAPH_A,
  PARAGRAPH_B,
  PARAGRAPH_C,
  "موسكو تنفي استهداف المدنيين في حلب",
  "لافروف: لا اتفاق مع واشنطن بشأن مصير الأسد",
  "أعلنت الولايات المتحدة وروسيا التوصل إلى اتفاق لوقف الأعمال العدائية في سوريا يبدأ تطبيقه منتصف ليل الجمعة.",
  "كيري يصل إلى جنيف للقاء نظيره الروسي\nوبحث الهدنة في سوريا\nوالمساعدات الإنسانية",
];
const enc = (s: string, e: string) => new Uint8Array(iconv.encode(s, e));

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeBytes(enc(PARAGRAPH_A, "utf-8"))).toMatchObject({ text: PARAGRAPH_A, encoding: "utf-8", warnings: [] });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(PARAGRAPH_A, "utf-8")]);
    expect(decodeBytes(bom)).toMatchObject({ text: PARAGRAPH_A, encoding: "utf-8", via: "bom" });
  });

  it("reads UTF-16 with a BOM, both byte orders", () => {
    const le = new Uint8Array([0xff, 0xfe, ...enc(PARAGRAPH_A, "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...enc(PARAGRAPH_A, "utf-16be")]);
    expect(decodeBytes(le)).toMatchObject({ text: PARAGRAPH_A, encoding: "utf-16le", via: "bom" });
    expect(decodeBytes(be)).toMatchObject({ text: PARAGRAPH_A, encoding: "utf-16be", via: "bom" });
  });

  it("recognises UTF-16 without a BOM by where its NULs fall", () => {
    expect(utf16Pattern(enc(PARAGRAPH_A, "utf-16le"))).toBe("utf-16le");
    expect(utf16Pattern(enc(PARAGRAPH_A, "utf-16be"))).toBe("utf-16be");
    expect(utf16Pattern(enc(PARAGRAPH_A, "utf-8"))).toBeNull();
    expect(decodeBytes(enc(PARAGRAPH_B, "utf-16le"))).toMatchObject({ text: PARAGRAPH_B, encoding: "utf-16le", via: "utf-16-pattern" });
    expect(decodeBytes(enc(PARAGRAPH_B, "utf-16be"))).toMatchObject({ text: PARAGRAPH_B, encoding: "utf-16be" });
  });

  it.each(SENTENCES.map((s, i) => [i, s] as const))("tells windows-1256 from ISO-8859-6 (sentence %i)", (_, s) => {
    expect(decodeBytes(enc(s, "windows-1256"))).toMatchObject({ text: s, encoding: "windows-1256" });
    expect(decodeBytes(enc(s, "iso-8859-6"))).toMatchObject({ text: s, encoding: "iso-8859-6" });
  });

  it("trusts a correct declaration and overrules a wrong one with a warning", () => {
    expect(decodeBytes(enc(PARAGRAPH_C, "iso-8859-6"), { declared: "ISO-8859-6" })).toMatchObject({ encoding: "iso-8859-6", warnings: [] });
    const utf8As1256 = decodeBytes(enc(PARAGRAPH_C, "utf-8"), { declared: "windows-1256" });
    expect(utf8As1256).toMatchObject({ text: PARAGRAPH_C, encoding: "utf-8" });
    expect(utf8As1256.warnings).toEqual(["declared-charset-wrong: the page declares windows-1256 but reads as utf-8"]);
    const cp1256AsLatin = decodeBytes(enc(PARAGRAPH_C, "windows-1256"), { declared: "iso-8859-1" });
    expect(cp1256AsLatin).toMatchObject({ text: PARAGRAPH_C, encoding: "windows-1256" });
    expect(cp1256AsLatin.warnings[0]).toMatch(/^declared-charset-wrong/);
    // UTF-8 declared (a template's default) over a page saved in an Arabic code page.
    expect(decodeBytes(enc(PARAGRAPH_B, "windows-1256"), { declared: "utf-8" })).toMatchObject({
      text: PARAGRAPH_B,
      encoding: "windows-1256",
      warnings: ["declared-charset-wrong: the page declares utf-8 but reads as windows-1256"],
    });
    // 1256 declared, 8859-6 written: a classic mix-up of the two Arabic code pages.
    expect(decodeBytes(enc(PARAGRAPH_A, "iso-8859-6"), { declared: "windows-1256" })).toMatchObject({ text: PARAGRAPH_A, encoding: "iso-8859-6" });
  });

  it("decodes a truncated UTF-8 sequence with a replacement character and a warning", () => {
    const bytes = enc(PARAGRAPH_A, "utf-8");
    const cut = bytes.subarray(0, bytes.length - 2); // ends inside the two bytes of "ف" before the full stop
    const d = decodeBytes(cut);
    expect(d.encoding).toBe("utf-8");
    expect(d.text.endsWith("\uFFFD")).toBe(true);
    expect(d.warnings).toEqual(["invalid-utf-8: 1 undecodable sequence(s) replaced with U+FFFD"]);
    const middle = new Uint8Array([...bytes.subarray(0, 10), 0xd8, ...bytes.subarray(10)]);
    expect(decodeBytes(middle)).toMatchObject({ encoding: "utf-8", warnings: ["invalid-utf-8: 1 undecodable sequence(s) replaced with U+FFFD"] });
  });

  it("returns empty text for empty input and plain ASCII as UTF-8", () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ text: "", encoding: "utf-8" });
    expect(decodeBytes(enc("Kerry met Lavrov.", "utf-8"))).toMatchObject({ text: "Kerry met Lavrov.", via: "ascii" });
  });

  it("does not take NUL-laden binary for UTF-16", () => {
    const junk = new Uint8Array(4096).map((_, i) => (i % 2 ? 0 : (i * 131) % 256));
    expect(decodeBytes(junk).via).not.toBe("utf-16-pattern");
  });
});

describe("canonicalCharset", () => {
  it.each([
    ["UTF8", "utf-8"],
    ["cp1256", "windows-1256"],
    ["x-cp1256", "windows-1256"],
    ["ISO_8859-6", "iso-8859-6"],
    ["arabic", "iso-8859-6"],
    ["iso-8859-1", "windows-1252"],
    ["no-such-charset", null],
  ])("%s", (label, name) => expect(canonicalCharset(label)).toBe(name));
});
