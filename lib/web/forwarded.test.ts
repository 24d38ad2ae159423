import { describe, expect, it } from "vitest";
import { settleForwarding, trustsProxy } from "./forwarded.mjs";
import { clientAddress } from "./rate-limit";

describe("trustsProxy", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["0", false],
    ["1", true],
    ["2", true],
    ["true", true],
  ])("%s -> %s", (value, trusted) => expect(trustsProxy(value)).toBe(trusted));
});

describe("settleForwarding", () => {
  const sent = () => ({
    host: "reader.example",
    "x-forwarded-for": "203.0.113.9, 198.51.100.1",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    forwarded: "for=1.2.3.4",
    "x-real-ip": "1.2.3.4",
  });

  it("without a trusted proxy, keeps only the socket's address", () => {
    const headers: Record<string, string | undefined> = sent();
    settleForwarding(headers, "192.0.2.7", false);
    expect(headers).toEqual({ host: "reader.example", "x-forwarded-for": "192.0.2.7" });
    expect(clientAddress(new Headers(headers as Record<string, string>), undefined)).toBe("192.0.2.7");
  });

  it("a client rotating X-Forwarded-For always gets the same key", () => {
    const keys = new Set(
      ["10.0.0.1", "10.0.0.2", "10.0.0.3, 10.0.0.4"].map((xff) => {
        const headers: Record<string, string | undefined> = { "x-forwarded-for": xff };
        settleForwarding(headers, "192.0.2.7", false);
        return clientAddress(new Headers(headers as Record<string, string>), undefined);
      }),
    );
    expect([...keys]).toEqual(["192.0.2.7"]);
  });

  it("behind trusted proxies, leaves what they wrote for the rate limiter to read", () => {
    const headers: Record<string, string | undefined> = sent();
    settleForwarding(headers, "10.0.0.2", true);
    expect(headers).toEqual(sent());
    expect(clientAddress(new Headers(headers as Record<string, string>), 1)).toBe("198.51.100.1");
    expect(clientAddress(new Headers(headers as Record<string, string>), 2)).toBe("203.0.113.9");
  });
});
