// A small in-memory rate limiter: a token bucket per (rule, client address). Per app process: with
// several instances behind a load balancer each keeps its own buckets (README, Security).
import { env } from "../env";
import { apiError } from "./api-errors";

export interface RateRule {
  /** Requests allowed in a burst. */
  limit: number;
  /** Time for an empty bucket to fill again, in ms (the sustained rate is limit / windowMs). */
  windowMs: number;
}

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets for one rule. `now` is injectable for tests. */
export class RateLimiter {
  private buckets = new Map<string, Bucket>();
  constructor(
    readonly rule: RateRule,
    private now: () => number = Date.now,
    /** Buckets kept at most; full ones are dropped first, so memory stays bounded under address spraying. */
    private maxKeys = 10_000,
  ) {}

  /** Whether `key` could take one now, without taking it. */
  peek(key: string): RateDecision {
    const { limit, windowMs } = this.rule;
    const perMs = limit / windowMs;
    const prev = this.buckets.get(key);
    const tokens = prev ? Math.min(limit, prev.tokens + (this.now() - prev.at) * perMs) : limit;
    return tokens >= 1 ? { ok: true, remaining: Math.floor(tokens) } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  take(key: string): RateDecision {
    const { limit, windowMs } = this.rule;
    const perMs = limit / windowMs;
    const now = this.now();
    const prev = this.buckets.get(key);
    const tokens = prev ? Math.min(limit, prev.tokens + (now - prev.at) * perMs) : limit;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    this.buckets.delete(key); // re-inserted last: the Map's order is then least recently used first
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxKeys) this.prune(now);
    return { ok: true, remaining: Math.floor(tokens - 1) };
  }

  private prune(now: number): void {
    const perMs = this.rule.limit / this.rule.windowMs;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * perMs >= this.rule.limit) this.buckets.delete(key);
    }
    // Still too many: drop the least recently used.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/** The named rules. Limits per client per minute; RATE_LIMIT_<NAME> overrides one (e.g. low for tests). */
export const RATE_RULES = {
  /** Read APIs: the timeline JSON/CSV, and search. */
  api: { limit: 120, windowMs: 60_000 },
  /** Editors' writes: uploads and corrections, each costly. */
  editor: { limit: 20, windowMs: 60_000 },
  /** Wrong editor tokens: 10 in a burst, then one every 90 s, so guessing the token is hopeless (lib/web/editor-guard.ts). */
  editorFailure: { limit: 10, windowMs: 15 * 60_000 },
  /** Search-as-you-type: cheap, and a reader typing sends several a second. */
  suggest: { limit: 600, windowMs: 60_000 },
} as const satisfies Record<string, RateRule>;
export type RateRuleName = keyof typeof RATE_RULES;

// On globalThis so every route bundle in the process shares the same buckets.
const registry = ((globalThis as { __rateLimiters?: Map<string, RateLimiter> }).__rateLimiters ??= new Map());

function limiter(name: RateRuleName): RateLimiter {
  let l = registry.get(name);
  if (!l) {
    const base = RATE_RULES[name];
    const configured = name === "api" ? env().RATE_LIMIT_API : name === "editor" ? env().RATE_LIMIT_EDITOR : undefined;
    l = new RateLimiter({ limit: configured ?? base.limit, windowMs: base.windowMs });
    registry.set(name, l);
  }
  return l;
}

/**
 * The client's address, for keying. Without TRUST_PROXY the production server (scripts/lib/serve.mjs,
 * lib/web/forwarded.mjs) replaces whatever X-Forwarded-For a client sent with the socket's address, so
 * the one entry is the client. With TRUST_PROXY=n (n reverse proxies that each append) the n-th entry
 * from the end is used: the address the outermost trusted proxy saw.
 */
export function clientAddress(headers: Headers, trustProxy: "true" | number | undefined): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const n = trustProxy === "true" ? 1 : (trustProxy ?? 0);
  const pick = hops[Math.max(0, hops.length - Math.max(1, n))];
  return pick && pick.length <= 64 ? pick : "unknown";
}

/** The address the limits count by for this request. */
export const requestAddress = (headers: Headers): string => clientAddress(headers, env().TRUST_PROXY);

/** One rate-limit check for a request's headers (route handlers, server actions and the proxy alike). */
export function checkRateLimit(name: RateRuleName, headers: Headers): RateDecision {
  return limiter(name).take(requestAddress(headers));
}

/** Whether this request's address still has budget under `name`, without spending any. */
export function peekRateLimit(name: RateRuleName, headers: Headers): RateDecision {
  return limiter(name).peek(requestAddress(headers));
}

/** The 429 answer, in the API's error shape, with Retry-After. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  const res = apiError("RATE_LIMITED", { retryAfterSeconds });
  res.headers.set("Retry-After", String(retryAfterSeconds));
  return res;
}

/** Wraps a route handler: `export const GET = rateLimited("api", handler)`. */
export function rateLimited<A extends unknown[]>(name: RateRuleName, handler: (request: Request, ...rest: A) => Response | Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const decision = checkRateLimit(name, request.headers);
    return decision.ok ? handler(request, ...rest) : tooManyRequests(decision.retryAfterSeconds);
  };
}

/** The Arabic refusal for server actions, which answer with form state rather than a status. */
export const rateLimitMessage = (retryAfterSeconds: number) => `طلبات كثيرة في وقت قصير. أعد المحاولة بعد ${retryAfterSeconds} ثانية.`;
