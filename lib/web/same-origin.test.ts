import { describe, expect, it } from "vitest";
import { isCrossOriginWrite } from "./same-origin";

const h = (headers: Record<string, string>) => new Headers({ host: "reader.example:3000", ...headers });

describe("isCrossOriginWrite", () => {
  it.each([
    ["another site", "POST", { origin: "http://evil.example" }],
    ["null", "POST", { origin: "null" }],
    ["not a URL", "POST", { origin: "::::" }],
    ["another scheme", "POST", { origin: "javascript:alert(1)" }],
    ["another port", "POST", { origin: "http://reader.example:4000" }],
    ["a forwarded host that is another", "POST", { origin: "http://reader.example:3000", "x-forwarded-host": "proxy.example" }],
    ["a PUT", "PUT", { origin: "http://evil.example" }],
  ])("refuses %s", (_, method, headers) => {
    expect(isCrossOriginWrite(method, h(headers))).toBe(true);
  });

  it.each([
    ["the same origin", "POST", { origin: "http://reader.example:3000" }],
    ["the host a trusted proxy forwarded", "POST", { origin: "https://reader.org", "x-forwarded-host": "reader.org, internal" }],
    ["no Origin (not sent by a browser)", "POST", {}],
    ["a GET from anywhere", "GET", { origin: "http://evil.example" }],
    ["a HEAD", "HEAD", { origin: "null" }],
  ])("accepts %s", (_, method, headers) => {
    expect(isCrossOriginWrite(method, h(headers))).toBe(false);
  });
});
