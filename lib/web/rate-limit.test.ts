import { describe, expect, it } from "vitest";
import { clientAddress, RateLimiter } from "./rate-limit";

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe("RateLimiter", () => {
  it("allows a burst of `limit`, then refuses with the seconds until one request is allowed", () => {
    const c = clock();
    const l = new RateLimiter({ limit: 3, windowMs: 60_000 }, c.now);
    expect([1, 2, 3].map(() => l.take("a").ok)).toEqual([true, true, true]);
    const refused = l.take("a");
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 20 });
    c.advance(19_000);
    expect(l.take("a").ok).toBe(false);
    c.advance(1_100);
    expect(l.take("a").ok).toBe(true);
    expect(l.take("a").ok).toBe(false);
  });

  it("keeps one bucket per client", () => {
    const l = new RateLimiter({ limit: 1, windowMs: 1000 }, clock().now);
    expect(l.take("a").ok).toBe(true);
    expect(l.take("a").ok).toBe(false);
    expect(l.take("b").ok).toBe(true);
  });

  it("refills to the limit and never beyond", () => {
    const c = clock();
    const l = new RateLimiter({ limit: 2, windowMs: 1000 }, c.now);
    l.take("a");
    c.advance(3_600_000);
    expect(l.take("a")).toEqual({ ok: true, remaining: 1 });
    expect(l.take("a").ok).toBe(true);
    expect(l.take("a").ok).toBe(false);
  });

  it("keeps memory bounded when addresses are sprayed, without freeing a limited client", () => {
    const c = clock();
    const l = new RateLimiter({ limit: 1, windowMs: 60_000 }, c.now, 100);
    l.take("attacker");
    for (let i = 0; i < 1000; i++) l.take(`spray-${i}`);
    expect((l as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100);
  });
});

describe("clientAddress", () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });
  it("uses the entry nearest to the server by default (the socket address Next.js records)", () => {
    expect(clientAddress(h("127.0.0.1"), undefined)).toBe("127.0.0.1");
    expect(clientAddress(h("6.6.6.6, 10.0.0.2"), undefined)).toBe("10.0.0.2");
  });
  it("with TRUST_PROXY=n takes the n-th address from the end, not one a client wrote", () => {
    expect(clientAddress(h("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7"), "true")).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7"), 3)).toBe("203.0.113.7");
  });
  it("answers 'unknown' without a usable header", () => {
    expect(clientAddress(h(), undefined)).toBe("unknown");
    expect(clientAddress(h("x".repeat(200)), undefined)).toBe("unknown");
  });
});
