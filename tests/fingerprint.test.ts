// The fingerprint decides whether a re-load rewrites an article: it must change with anything stored and
// only with that (lib/data/write/article-rows.ts).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleRow } from "../lib/data/write/article-rows";
import { extractFile, recordOf } from "../lib/load/load";
import { listInputFiles } from "../lib/load/read-inputs";

const { input, extracted } = extractFile(listInputFiles([path.resolve(import.meta.dirname, "..", "data", "samples")])[0]!);
const fingerprint = (x: typeof extracted, i: typeof input = input) => articleRow(recordOf(i, x)).fingerprint;

describe("an article's fingerprint", () => {
  it("is the same for the same input and extraction", () => {
    expect(fingerprint(structuredClone(extracted))).toBe(fingerprint(extracted));
  });

  it("changes with what is stored: a field, a line's verdict, the input", () => {
    const base = fingerprint(extracted);
    expect(fingerprint({ ...extracted, title: `${extracted.title} (مصحح)` })).not.toBe(base);
    const lines = extracted.lines.map((l, i) => (i === 0 ? { ...l, kind: l.kind === "body" ? ("boilerplate" as const) : ("body" as const) } : l));
    expect(fingerprint({ ...extracted, lines })).not.toBe(base);
    expect(fingerprint(extracted, { ...input, fileName: "other.txt" })).not.toBe(base);
  });

  it("ignores the lines' own text, which is never stored (it repeats the input's)", () => {
    const lines = extracted.lines.map((l) => ({ ...l, text: `${l.text} ` }));
    expect(fingerprint({ ...extracted, lines })).toBe(fingerprint(extracted));
  });
});
