import { describe, expect, it } from "vitest";
import { tokenMatches } from "./editor-token";

describe("tokenMatches", () => {
  const token = "s3cret-token-for-editors";
  it("accepts only the exact token", () => {
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token} `, token)).toBe(false);
    expect(tokenMatches(token.toUpperCase(), token)).toBe(false);
    expect(tokenMatches("", token)).toBe(false);
  });
  it("refuses everything when no token is configured", () => {
    expect(tokenMatches("", undefined)).toBe(false);
    expect(tokenMatches("anything", undefined)).toBe(false);
  });
});
