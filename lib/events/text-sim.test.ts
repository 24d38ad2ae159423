import { describe, expect, it } from "vitest";
import { tokenize } from "../arabic/tokens";
import { containment, MIN_PAIRS_FOR_CONTAINMENT, shingleSet, sketchOf, SKETCH_SIZE } from "./text-sim";

const set = (s: string) => shingleSet([tokenize(s)], new Set(["وزير"]));
const words = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}كلمة${"ابتثجحخدذرزسشصضطظعغفقكلمنهوي"[i % 28]}${"ابتثجحخدذرزسشصضطظعغفقكلمنهوي"[Math.floor(i / 28) % 28]}`).join(" ");

describe("text similarity", () => {
  it("hashes adjacent content-word pairs, skipping stopwords, digits and particles", () => {
    expect(set("بحث وزير الخارجية في 2016 الوضع").length).toBe(2); // بحث خارجية، خارجية وضع
  });
  it("is 1 for a text inside another and 0 for unrelated texts", () => {
    const a = words(60, "س");
    expect(containment(set(a), set(`${a} ${words(30, "ص")}`))).toBe(1);
    expect(containment(set(a), set(words(60, "ص")))).toBe(0);
  });
  it("does not let a short brief be 'contained' by chance", () => {
    const brief = words(5, "س");
    const shared = set(brief).length;
    expect(containment(set(brief), set(`${brief} ${words(80, "ص")}`))).toBeCloseTo(shared / MIN_PAIRS_FOR_CONTAINMENT);
  });
  it("sketches a text by its smallest hashes", () => {
    const s = set(words(100, "س"));
    expect(sketchOf(s).length).toBe(SKETCH_SIZE);
    expect(Math.max(...sketchOf(s))).toBeLessThanOrEqual(Math.min(...s.subarray(SKETCH_SIZE)));
  });
});
