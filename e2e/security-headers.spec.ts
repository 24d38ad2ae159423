// Security headers on every kind of response, and pages that run under their CSP without a violation.
import { expect, test, type APIResponse, type Page } from "@playwright/test";

function expectCommon(res: APIResponse) {
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-frame-options"]).toBe("DENY");
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  return csp;
}

const scriptSrc = (csp: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

test("pages get a nonce CSP, fresh on every response, and the nonce is on Next's scripts", async ({ request }) => {
  const first = await request.get("/");
  expect(first.status()).toBe(200);
  const csp = expectCommon(first);
  expect(scriptSrc(csp)).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc(csp)).not.toContain("unsafe-inline");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);
  // Every script element carries it.
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
  const second = expectCommon(await request.get("/"));
  expect(second).not.toBe(csp);
});

for (const [what, path, status] of [
  ["the JSON API", "/api/timeline", 200],
  ["the health API", "/api/health", 200],
  ["a CSV export", "/api/timeline/csv", 200],
  ["the feed", "/feed.xml", 200],
  ["a preview image", "/og/timeline", 200],
  ["an API 404", "/api/no-such-route", 404],
  ["an API 400", "/api/timeline?from=nope", 400],
] as const) {
  test(`${what} (${path}) gets the strict non-page headers`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(status);
    expect(expectCommon(res)).toContain("default-src 'none'");
  });
}

test("a static asset gets them", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const asset = /(\/_next\/static\/[^"']+\.(?:js|css))/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const res = await request.get(asset!);
  expect(res.status()).toBe(200);
  expect(expectCommon(res)).toContain("default-src 'none'");
});

test("the 404 page gets the page headers", async ({ request }) => {
  const res = await request.get("/no-such-page");
  expect(res.status()).toBe(404);
  expect(scriptSrc(expectCommon(res))).toContain("'nonce-");
});

/** Collects CSP violations seen by the browser (console errors and securitypolicyviolation events). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp = [...((window as unknown as { __csp?: string[] }).__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  return violations;
}

test("pages run under their CSP with no violation, and hydrate", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of ["/", "/?sort=desc&digits=arab", "/editor/upload", "/no-such-page"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  }
  // An event page, reached by a client-side navigation (so Next's scripts did run).
  await page.goto("/");
  await page.locator("article[data-event] h3 a").first().click();
  await expect(page).toHaveURL(/\/events\//);
  await page.waitForLoadState("networkidle");
  // The share button is a client component: it works only if React hydrated under the CSP.
  expect(await page.evaluate(() => Boolean(document.querySelector("[data-event-page]")))).toBe(true);
  const article = page.locator("a[href^='/articles/']").first();
  await article.click();
  await expect(page).toHaveURL(/\/articles\/\d+/);
  await page.waitForLoadState("networkidle");
  violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  expect(violations).toEqual([]);
});
