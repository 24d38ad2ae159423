// Malformed path segments against every route of app/, through the production web server: never a 500,
// every security header on every answer, the Arabic 404 (or 400) page, and a log line for each refusal.
// The routes are read from app/ itself (and the files from public/), so a new route is fuzzed without
// touching this file.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingSecurityHeaders, ROOT, startAppServer, type AppServer } from "../helpers/app-server";

let app: AppServer;
beforeAll(async () => {
  app = await startAppServer("malformed");
}, 240_000);
afterAll(async () => app?.stop());

/** Every route under app/ as a URL pattern: "/articles/[id]", "/api/timeline", … (route groups dropped). */
function appRoutes(dir = path.join(ROOT, "app"), prefix = ""): string[] {
  const here = fs.readdirSync(dir, { withFileTypes: true });
  const routes = here.some((e) => e.isFile() && /^(page|route)\.(tsx?|jsx?)$/.test(e.name)) ? [prefix || "/"] : [];
  for (const e of here) {
    if (!e.isDirectory() || e.name.startsWith("_") || e.name.startsWith("@")) continue;
    const segment = /^\(.*\)$/.test(e.name) ? "" : `/${e.name}`;
    routes.push(...appRoutes(path.join(dir, e.name), prefix + segment));
  }
  return routes;
}

/** Segments whose percent-encoding is broken, or that decode to something hostile. */
const MALFORMED = ["%FF", "%", "%G1", "1%FF", "%E0%A4%A", "%C0%AE", "%ED%A0%80", "%D8", "abc%", "%%30"];
const HOSTILE = ["%00", "a%00b", "%E2%80%AE1", "%E2%80%8F%D9%83", "%2F..%2F..%2Fetc%2Fpasswd", "%252F", "%0D%0ASet-Cookie:%20x=1", encodeURIComponent("س".repeat(1500))];

/** The URLs to try for one route: each dynamic segment replaced, or a segment appended to a static route. */
function urlsFor(route: string, segment: string): string[] {
  if (route.includes("[")) return [route.replace(/\[[^\]]+\]/g, segment)];
  return [`${route === "/" ? "" : route}/${segment}`];
}

/** A GET with the path exactly as written (fetch would normalise some of it). */
function rawGet(base: string, requestPath: string): Promise<{ status: number; headers: Headers; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: requestPath, headers: { "accept-encoding": "identity" } }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c));
      res.on("end", () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
        resolve({ status: res.statusCode ?? 0, headers, body });
      });
    });
    req.on("error", reject);
  });
}

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

describe("malformed path segments", () => {
  it("finds the dynamic routes in app/", () => {
    const dynamic = appRoutes().filter((r) => r.includes("["));
    expect(dynamic).toEqual(expect.arrayContaining(["/articles/[id]", "/events/[slug]", "/og/events/[slug]"]));
  });

  it("answers every route and segment without a 500, with every security header and an Arabic page", async () => {
    const failures: string[] = [];
    const publicFiles = fs.readdirSync(path.join(ROOT, "public")).map((f) => `/${f}`);
    const cases = [...appRoutes(), ...publicFiles].flatMap((route) => [...MALFORMED, ...HOSTILE].flatMap((s) => urlsFor(route, s)));
    // Four at a time: the renders of 404 pages dominate, and the machine is shared.
    await inBatches(cases, 4, async (url) => {
      const res = await rawGet(app.url, url);
      const label = url.length > 80 ? `${url.slice(0, 80)}…` : url;
      if (res.status >= 500) failures.push(`${label}: ${res.status}`);
      const missing = missingSecurityHeaders(res.headers);
      if (missing.length) failures.push(`${label}: missing ${missing.join(", ")}`);
      // An Arabic page: our own, or Next.js's 404 (whose body a page's notFound() leaves to the client to draw).
      if (res.status >= 400 && (res.headers.get("content-type") ?? "").startsWith("text/html")) {
        if (!res.body.includes('lang="ar"') && !res.body.includes("الصفحة غير موجودة")) failures.push(`${label}: not an Arabic page`);
      }
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it("answers a malformed segment of a dynamic route with the Arabic 404 page, and logs it", async () => {
    for (const url of ["/articles/%FF", "/articles/%", "/articles/%G1", "/articles/1%FF", "/events/%FF", "/og/events/%FF"]) {
      const res = await rawGet(app.url, url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get("content-type"), url).toContain("text/html");
      expect(res.body, url).toContain("الصفحة غير موجودة");
      expect(missingSecurityHeaders(res.headers), url).toEqual([]);
    }
    await new Promise((r) => setTimeout(r, 200));
    const refused = app.logLines().filter((l) => l.msg === "malformed path");
    expect(refused.map((l) => l.path)).toEqual(expect.arrayContaining(["/articles/%FF", "/events/%FF", "/og/events/%FF"]));
    expect(refused.every((l) => l.level === "warn")).toBe(true);
  });

  it("answers a request line too long for the server with a status of its own, the headers and an Arabic page", async () => {
    const res = await rawGet(app.url, `/articles/${"a".repeat(40_000)}`);
    expect([414, 431]).toContain(res.status);
    expect(missingSecurityHeaders(res.headers)).toEqual([]);
    expect(res.body).toContain('lang="ar"');
  });
});
