// The page micro-cache against a fake renderer that behaves like Next's handler (a fresh nonce per
// render, in the CSP header and the HTML), behind a real HTTP server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { assembleGzip, ByteLru, cacheKey, coalescedReader, createPageCache, isCacheableRequest } from "./page-cache.mjs";

type Render = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

function fakeNext(state: { data: string; renders: number; status?: number; setCookie?: boolean }): Render {
  return async (req, res) => {
    state.renders++;
    const nonce = Buffer.from(String(Math.random())).toString("base64").slice(0, 22) + "==";
    await new Promise((r) => setTimeout(r, 20));
    res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    if (state.setCookie) res.setHeader("Set-Cookie", "display=e; Path=/");
    res.writeHead(state.status ?? 200, { "Content-Type": "text/html; charset=utf-8", "X-Accept-Encoding-Seen": String(req.headers["accept-encoding"] ?? "none") });
    res.write(`<html><script nonce="${nonce}">1</script><p>${state.data} ${req.url}</p>`);
    res.end(`${"ي".repeat(2000)}<script nonce="${nonce}">2</script></html>`);
  };
}

async function serve(render: Render, readVersion: () => Promise<string>, opts: { maxAgeMs?: number; now?: () => number } = {}) {
  const cache = createPageCache({ readVersion, ...opts });
  const server = http.createServer((req, res) => void cache.handle(req, res, render));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, cache };
}

const nonces = (res: Response, html: string) => ({
  header: /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1],
  body: [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]),
});

describe("page cache", () => {
  it("answers a repeat from memory with the same HTML and a fresh nonce in header and body", async () => {
    const state = { data: "v1", renders: 0 };
    const { base } = await serve(fakeNext(state), async () => "1");
    const first = await fetch(`${base}/events/x`);
    const firstHtml = await first.text();
    const second = await fetch(`${base}/events/x`);
    const secondHtml = await second.text();
    expect(first.headers.get("x-cache")).toBe("miss");
    expect(second.headers.get("x-cache")).toBe("hit");
    expect(state.renders).toBe(1);
    const [a, b] = [nonces(first, firstHtml), nonces(second, secondHtml)];
    expect(a.body).toEqual([a.header, a.header]);
    expect(b.body).toEqual([b.header, b.header]);
    expect(b.header).not.toBe(a.header);
    expect(secondHtml.replaceAll(b.header!, "N")).toBe(firstHtml.replaceAll(a.header!, "N"));
  });

  it("puts back a wrapper installed before it (the web server's) once the render is captured", async () => {
    const state = { data: "v1", renders: 0, status: 500 };
    const cache = createPageCache({ readVersion: async () => "1" });
    const seen: number[] = [];
    const server = http.createServer((req, res) => {
      const end = res.end;
      res.end = function (this: http.ServerResponse, ...args: unknown[]) {
        seen.push(res.statusCode);
        return (end as (...a: unknown[]) => http.ServerResponse).apply(res, args);
      } as typeof res.end;
      void cache.handle(req, res, fakeNext(state));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(res.status).toBe(500);
    expect(seen).toEqual([500]); // the answer went out through the outer wrapper
  });

  it("renders uncompressed and gzips on the way out when the client accepts it", async () => {
    const state = { data: "v1", renders: 0 };
    const { base } = await serve(fakeNext(state), async () => "1");
    for (const label of ["miss", "hit"]) {
      const raw = await new Promise<http.IncomingMessage>((r) => http.get(`${base}/`, { headers: { "accept-encoding": "gzip" } }, r));
      const chunks: Buffer[] = [];
      for await (const c of raw) chunks.push(c as Buffer);
      expect(raw.headers["x-cache"]).toBe(label);
      expect(raw.headers["content-encoding"]).toBe("gzip");
      expect(raw.headers["x-accept-encoding-seen"]).toBe("none");
      expect(zlib.gunzipSync(Buffer.concat(chunks)).toString()).toContain("v1 /");
    }
  });

  it("renders again once the data version changes (a correction or an upload shows at once)", async () => {
    const state = { data: "before", renders: 0 };
    let version = 1;
    const { base } = await serve(fakeNext(state), async () => String(version));
    await fetch(`${base}/`);
    expect(await (await fetch(`${base}/`)).text()).toContain("before");
    state.data = "after";
    version++;
    const res = await fetch(`${base}/`);
    expect(res.headers.get("x-cache")).toBe("miss");
    expect(await res.text()).toContain("after");
    expect(state.renders).toBe(2);
  });

  it("expires entries after maxAgeMs even when the version holds", async () => {
    const state = { data: "x", renders: 0 };
    let t = 0;
    const { base } = await serve(fakeNext(state), async () => "1", { maxAgeMs: 30_000, now: () => t });
    await fetch(`${base}/`);
    t = 29_000;
    expect((await fetch(`${base}/`)).headers.get("x-cache")).toBe("hit");
    t = 31_000;
    expect((await fetch(`${base}/`)).headers.get("x-cache")).toBe("miss");
  });

  it("never serves client navigations (RSC), server actions, POSTs, the API or the rate-limited search page from the cache", async () => {
    const state = { data: "x", renders: 0 };
    const { base } = await serve(fakeNext(state), async () => "1");
    await fetch(`${base}/`);
    const inits: RequestInit[] = [{ headers: { RSC: "1" } }, { headers: { "Next-Router-Prefetch": "1" } }, { headers: { "Next-Action": "abc" } }, { method: "POST", body: "x" }];
    for (const init of inits) {
      const res = await fetch(`${base}/`, init);
      expect(res.headers.get("x-cache")).toBeNull();
    }
    expect((await fetch(`${base}/?_rsc=abc`)).headers.get("x-cache")).toBeNull();
    expect((await fetch(`${base}/api/search?q=x`)).headers.get("x-cache")).toBeNull();
    await fetch(`${base}/search?q=x`);
    expect((await fetch(`${base}/search?q=x`)).headers.get("x-cache")).toBeNull();
    expect(state.renders).toBe(9);
  });

  it("keys by the display cookie and the host, and keeps no response that sets a cookie or is not 200", async () => {
    const state = { data: "x", renders: 0, setCookie: false, status: 200 };
    const { base } = await serve(fakeNext(state), async () => "1");
    await fetch(`${base}/`);
    expect((await fetch(`${base}/`, { headers: { cookie: "a=1; display=e" } })).headers.get("x-cache")).toBe("miss");
    expect((await fetch(`${base}/`, { headers: { cookie: "display=e" } })).headers.get("x-cache")).toBe("hit");
    expect((await fetch(`${base}/`, { headers: { "x-forwarded-host": "evil.example" } })).headers.get("x-cache")).toBe("miss");
    state.setCookie = true;
    await fetch(`${base}/cookie`);
    expect((await fetch(`${base}/cookie`)).headers.get("x-cache")).toBe("miss");
    state.setCookie = false;
    state.status = 404;
    await fetch(`${base}/missing`);
    const again = await fetch(`${base}/missing`);
    expect(again.status).toBe(404);
    expect(again.headers.get("x-cache")).toBe("miss");
  });

  it("lets concurrent misses share one render", async () => {
    const state = { data: "x", renders: 0 };
    const { base } = await serve(fakeNext(state), async () => "1");
    const all = await Promise.all(Array.from({ length: 10 }, () => fetch(`${base}/`).then(async (r) => [r.headers.get("x-cache"), await r.text()] as const)));
    expect(state.renders).toBe(1);
    expect(all.filter(([label]) => label === "miss")).toHaveLength(1);
    expect(new Set(all.map(([, html]) => /nonce="([^"]+)"/.exec(html)![1])).size).toBe(10);
  });

  it("falls back to rendering when the version cannot be read", async () => {
    const state = { data: "x", renders: 0 };
    const { base } = await serve(fakeNext(state), async () => Promise.reject(new Error("down")));
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await fetch(`${base}/`)).headers.get("x-cache")).toBeNull();
    expect(state.renders).toBe(2);
  });
});

describe("page cache parts", () => {
  it("assembles a valid gzip stream from separately deflated pieces and a fresh nonce", () => {
    const texts = ["", '<html><script nonce="', '">x</script>' + "نص عربي ".repeat(5000), '"></script>', ""];
    const parts = texts.map((t) => Buffer.from(t));
    for (const level of [1, 6]) {
      const deflated = parts.map((p) => zlib.deflateRawSync(p, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
      const gz = Buffer.concat(assembleGzip(parts, deflated, "AbC+/12=="));
      // gunzip checks the CRC-32 and the length in the trailer.
      expect(zlib.gunzipSync(gz).toString()).toBe(texts.join("AbC+/12=="));
      expect(gz.length).toBeLessThan(Buffer.concat(parts).length / 5);
    }
  });

  it("reads the version with queries started after each caller arrived, shared by concurrent callers", async () => {
    let started = 0;
    const gates: Array<() => void> = [];
    const read = coalescedReader(() => {
      const n = ++started;
      return new Promise<string>((r) => gates.push(() => r(String(n))));
    });
    const a = read();
    const b = read();
    const c = read();
    await Promise.resolve();
    expect(started).toBe(1);
    gates[0]!();
    expect(await a).toBe("1");
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toBe(2);
    gates[1]!();
    expect([await b, await c]).toEqual(["2", "2"]);
  });

  it("evicts the least recently used entries past its byte bound", () => {
    const lru = new ByteLru(100);
    lru.set("a", { bytes: 40 });
    lru.set("b", { bytes: 40 });
    lru.get("a");
    lru.set("c", { bytes: 40 });
    expect([...lru.map.keys()]).toEqual(["a", "c"]);
    lru.set("huge", { bytes: 500 });
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.bytes).toBe(80);
  });

  it("classifies requests and keys", () => {
    const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, headers, method }) as unknown as http.IncomingMessage;
    expect(isCacheableRequest(req("/"))).toBe(true);
    expect(isCacheableRequest(req("/articles/3?digits=e"))).toBe(true);
    expect(isCacheableRequest(req("/", {}, "HEAD"))).toBe(true);
    for (const url of ["/api/timeline", "/_next/static/x.js", "/og/timeline", "/feed.xml"]) expect(isCacheableRequest(req(url))).toBe(false);
    expect(isCacheableRequest(req("/", { rsc: "1" }))).toBe(false);
    expect(isCacheableRequest(req("/", { cookie: "display=h; param-notice=timeline.from~BAD_DATE" }))).toBe(false);
    expect(cacheKey(req("/", { cookie: "display=h" }))).not.toBe(cacheKey(req("/", { cookie: "display=e" })));
    expect(cacheKey(req("/", { cookie: "other=1" }))).toBe(cacheKey(req("/")));
  });
});
