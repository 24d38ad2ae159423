import { describe, expect, it } from "vitest";
import { newNonce, NON_PAGE_CSP, pageCsp, SECURITY_HEADERS } from "./security-headers.mjs";

describe("security headers", () => {
  it("allow scripts only by nonce, never 'unsafe-inline'", () => {
    const csp = pageCsp("abc");
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toContain("'nonce-abc'");
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(pageCsp("abc", true)).toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("give every response a fresh, unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
  it("deny framing and sniffing everywhere else", () => {
    expect(NON_PAGE_CSP).toContain("default-src 'none'");
    expect(NON_PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]))["X-Content-Type-Options"]).toBe("nosniff");
  });
});
