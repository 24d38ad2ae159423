import { describe, expect, it } from "vitest";
import { buildEnglishTerms, loadEnglishTerms } from "./english-terms";

describe("data/english-terms.json", () => {
  it("holds at least 200 entries and the domain's core words", () => {
    const terms = loadEnglishTerms();
    expect(terms.length).toBeGreaterThanOrEqual(200);
    const en = new Set(terms.flatMap((t) => t.en));
    for (const w of [
      "meeting",
      "talks",
      "call",
      "phone call",
      "ceasefire",
      "truce",
      "cessation of hostilities",
      "agreement",
      "deal",
      "chemical weapons",
      "opposition",
      "regime",
      "envoy",
      "peace conference",
      "suspension",
      "humanitarian aid",
      "siege",
      "airstrikes",
    ])
      expect(en, w).toContain(w);
  });
  it("names a malformed entry and what is wrong", () => {
    expect(() =>
      buildEnglishTerms({
        about: "",
        terms: [
          { en: ["meeting"], ar: ["لقاء"] },
          { en: ["Truce"], ar: ["هدنة"] },
        ],
      }),
    ).toThrow(/entry 2 \(«Truce»\), en\.0: an English form/);
    expect(() => buildEnglishTerms({ about: "", terms: [{ en: ["siege"], ar: ["siege"] }] })).toThrow(/entry 1 \(«siege»\), ar\.0: an Arabic word/);
    expect(() =>
      buildEnglishTerms({
        about: "",
        terms: [
          { en: ["deal"], ar: ["اتفاق"] },
          { en: ["deal"], ar: ["صفقة"] },
        ],
      }),
    ).toThrow(/entry 2 \(«deal»\), en: «deal» is already in entry 1/);
  });
});
