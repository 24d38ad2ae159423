import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ENCODED_CASES, encodeCase, inputPath } from "../../scripts/golden/encoded-cases";

describe("encoded golden inputs", () => {
  it.each(ENCODED_CASES.map((c) => [c.name, c] as const))("%s matches its UTF-8 source (regenerate with scripts/golden/make-encoded-cases.ts)", (_, c) => {
    expect(Buffer.compare(fs.readFileSync(inputPath(c)), encodeCase(c))).toBe(0);
  });
});
