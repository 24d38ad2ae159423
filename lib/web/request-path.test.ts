import { describe, expect, it } from "vitest";
import { hasMalformedEncoding } from "./request-path.mjs";

describe("hasMalformedEncoding", () => {
  it.each(["/articles/%FF", "/articles/%", "/articles/%G1", "/articles/1%FF", "/events/%C0%AE", "/og/events/%ED%A0%80", "/a/%D8", "/%E0%A4%A/x"])("finds %s malformed", (p) => {
    expect(hasMalformedEncoding(p)).toBe(true);
  });

  it.each(["/", "/articles/12", "/events/kerry-lavrov-geneva", "/articles/%D8%B3", "/articles/%00", "/a/%E2%80%AE", "/a/%25FF", "/search"])("accepts %s", (p) => {
    expect(hasMalformedEncoding(p)).toBe(false);
  });
});
