import { describe, expect, it } from "vitest";
import { requestOrigin } from "./origin";

const req = (headers: Record<string, string>) => new Request("http://localhost:3000/feed.xml?kind=call", { headers });

describe("requestOrigin", () => {
  it("uses the Host header the client sent", () => {
    expect(requestOrigin(req({ host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
  });
  it("prefers a proxy's forwarded host and protocol", () => {
    expect(requestOrigin(req({ host: "internal:3000", "x-forwarded-host": "talks.example.org, proxy", "x-forwarded-proto": "https" }))).toBe("https://talks.example.org");
    expect(requestOrigin(req({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });
  it("ignores a host that is not a plain host[:port] and an unknown protocol", () => {
    expect(requestOrigin(req({ host: 'evil.org/"><x' }))).toBe("http://localhost:3000");
    expect(requestOrigin(req({ host: "a.org", "x-forwarded-proto": "javascript" }))).toBe("http://a.org");
  });
});
