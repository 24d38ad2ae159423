// Every folder under tests/golden is one extraction case (see scripts/golden/harness.ts).
import { describe, expect, it } from "vitest";
import { compareCase, listCases, readCase } from "../../scripts/golden/harness";
import { extractArticle } from "./extract";

const cases = listCases();

describe("golden extraction cases", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)("%s", (name) => {
    const c = readCase(name);
    const x = extractArticle(c.input);
    expect(compareCase(c, x)).toEqual([]);
  });
});
