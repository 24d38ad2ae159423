// Input generators shared by the property tests: arbitrary Unicode, and text that looks like the
// scraped Arabic pages the loader meets (sample lines, dates, boilerplate, noise, odd characters).
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";

const samplesDir = path.resolve(import.meta.dirname, "..", "..", "data", "samples");
/** Real lines from the sample articles, so generated articles contain titles, datelines and bodies. */
export const SAMPLE_LINES = fs
  .readdirSync(samplesDir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => fs.readFileSync(path.join(samplesDir, f), "utf8").split(/\r?\n/))
  .filter((l) => l.trim() !== "");

const ODD = ["\u202E", "\u202C", "\u200D", "\u200C", "\u200F", "\uFEFF", "\u0651", "\u0301", "\u0640", "\u0000", "\uFFFD", "\uD800", "\u061C", "\u00A0", "\t", "\r"];
const ARABIC_WORDS = [
  "كيري",
  "لافروف",
  "سوريا",
  "جنيف",
  "في",
  "أيلول",
  "سبتمبر",
  "٢٠١٦",
  "10",
  "2016",
  "يوم",
  "الجمعة",
  "موسكو",
  "-",
  "رويترز",
  "نشر",
  ":",
  "|",
  "شارك",
  "برأيك",
  "ة",
  "آ",
  "ى",
];

/** Any string: full Unicode (lone surrogates included), or Arabic-ish words mixed with odd characters. */
export const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...ARABIC_WORDS), fc.constantFrom(...ODD), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((w) => w.join(" ")),
);

/** A scraped article: sample lines in any order, with noise lines and odd characters mixed in. */
export const articleText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SAMPLE_LINES) }, { weight: 1, arbitrary: anyText }, { weight: 1, arbitrary: fc.constant("") }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((lines) => lines.join("\n"));
