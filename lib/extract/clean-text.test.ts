import { describe, expect, it } from "vitest";
import { normalizeStoredText } from "./clean-text";

describe("normalizeStoredText", () => {
  it("unifies line ends and turns NBSP into a space", () => {
    expect(normalizeStoredText("سطر\r\nسطر\rسطر\u00A0ثان")).toBe("سطر\nسطر\nسطر ثان");
  });

  it("removes invisible zero-width and bidi controls, keeps ZWNJ and ZWJ", () => {
    expect(normalizeStoredText("كي\u200Bري \u202Bلافروف\u202C \u2066جنيف\u2069 \u200Fنص\u200E \uFEFFو\u2060")).toBe("كيري لافروف جنيف نص و");
    expect(normalizeStoredText("می\u200Cخواهم \u200D")).toBe("می\u200Cخواهم \u200D");
  });

  it("returns the same string when there is nothing to do", () => {
    const s = "نص عادي\nسطر ثان";
    expect(normalizeStoredText(s)).toBe(s);
  });
});
