import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeText, normalizeWord, normalizedWordList, searchWords } from "./normalize";

describe("search normalisation", () => {
  const CASES: Array<[string, string]> = [
    ["أحمد", "احمد"],
    ["إيران", "ايران"],
    ["آخر", "اخر"],
    ["ٱلله", "الله"],
    ["مستشفى", "مستشفي"],
    ["سورية", "سوريه"],
    ["المدينة", "المدينه"],
    ["مدينةٌ", "مدينه"],
    ["مؤتمر", "موتمر"],
    ["رئيس", "رييس"],
    ["مسئول", "مسوول"],
    ["مسؤول", "مسوول"],
    ["شئون", "شوون"],
    ["وزراء", "وزرا"],
    ["أشياء", "اشيا"],
    ["جزء", "جزء"],
    ["سماء", "سما"],
    ["مُحَادَثَاتٌ", "محادثات"],
    ["جنيــف", "جنيف"],
    ["الأَمْرِيكِيّ", "الامريكي"],
    ["٢٠١٦", "2016"],
    ["۲۰۱۶", "2016"],
    ["Kerry", "kerry"],
    ["Genève", "geneve"],
    ["KERRY", "kerry"],
  ];
  for (const [input, out] of CASES) it(`${input} → ${out}`, () => expect(normalizeWord(input)).toBe(out));

  it("splits on Arabic punctuation and quotes, with offsets into the written text", () => {
    const text = "قال «كيري»، ثم: لافروف؛ هل؟";
    const words = searchWords(text);
    expect(words.map((w) => w.norm)).toEqual(["قال", "كيري", "ثم", "لافروف", "هل"]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.raw);
  });

  it("folds a whole text exactly as word by word (the index and the snippets agree)", () => {
    const letters = fc.constantFrom(..."ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةًٌٍَُِّْـ٠١٢ aZé،.«»".split(""));
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 40 }).map((a) => a.join("")),
        (text) => {
          expect(normalizedWordList(text)).toEqual(searchWords(text).map((w) => w.norm));
        },
      ),
    );
  });

  it("is idempotent", () => {
    for (const [input] of CASES) expect(normalizeText(normalizeText(input))).toBe(normalizeText(input));
  });
});
