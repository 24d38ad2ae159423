// Stored content is text, never markup: articles carrying script, event-handler, javascript: link, SVG
// and iframe payloads in title, body, caption and sidecar fields are loaded through the editors' upload
// and opened in a real browser; nothing may run, and the payloads must be shown as the text they are.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const TOKEN = "e2e-editor-token-not-secret";
const dir = path.join(import.meta.dirname, "fixtures", "hostile");
const files = ["hostile-text.txt", "hostile-page.html", "hostile-page.meta.json"].map((name) => ({
  name,
  mimeType: name.endsWith(".json") ? "application/json" : name.endsWith(".html") ? "text/html" : "text/plain",
  buffer: fs.readFileSync(path.join(dir, name)),
}));

// Its own client address, so its uploads do not count against other specs' editor budget.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.71" } });

/** Fails the test on any dialog, page error or CSP violation; the payloads all call alert or set __pwned. */
function guard(page: Page): string[] {
  const seen: string[] = [];
  page.on("dialog", (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => seen.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) seen.push(`csp: ${m.text()}`);
  });
  return seen;
}

async function assertInert(page: Page) {
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // No element from an article made it into the page as markup.
  const main = page.locator("main");
  await expect(main.locator("script, iframe, object, embed")).toHaveCount(0);
  await expect(main.locator("[onerror], [onload], [onclick]")).toHaveCount(0);
  await expect(page.locator("a[href^='javascript:' i], [src^='javascript:' i]")).toHaveCount(0);
  await expect(main.locator("img[src='x']")).toHaveCount(0);
}

test("hostile articles are stored and shown as text; nothing they carry runs", async ({ page }) => {
  const seen = guard(page);
  await page.goto("/editor/upload");
  await page.getByLabel("رمز المحرر").fill(TOKEN);
  await page.getByLabel("الملفات").setInputFiles(files);
  await page.getByRole("button", { name: "تحميل" }).click();
  const report = page.getByTestId("upload-report");
  await expect(report.locator("tr[data-ok=true]")).toHaveCount(2, { timeout: 30_000 });
  await assertInert(page);

  // The article from plain text: payloads in its title, caption and body.
  await report.locator("a[href^='/articles/']").filter({ hasText: "يبحثان في جنيف" }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const textArticle = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`<script>window.__pwned="title"</script>`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`onerror="window.__pwned='title-img'`);
  await expect(page.getByTestId("caption")).toContainText("<svg onload=");
  await expect(page.getByTestId("article-body")).toContainText(`<script>window.__pwned="body";alert("body")</script>`);
  await expect(page.getByTestId("article-body")).toContainText(`<a href="javascript:`);
  await expect(page.getByTestId("article-body")).toContainText("<iframe src=");
  await assertInert(page);

  // The event it forms, and the timeline that lists it.
  await page.goto("/?from=2015-05&to=2015-05");
  await assertInert(page);
  const card = page.locator("article[data-event]").filter({ hasText: "window.__pwned" }).first();
  await expect(card).toBeVisible();
  await card.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<");
  await assertInert(page);

  // The HTML page with a sidecar: payloads in the sidecar's title, outlet and note (the date's evidence).
  await page.goto("/?from=2015-10&to=2015-10");
  await assertInert(page);
  await page
    .getByRole("link", { name: /لقاء فيينا بين كيري ولافروف/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`<img src=x onerror="window.__pwned='sidecar-title'`);
  await expect(page.locator("main")).toContainText("<script>window.__pwned='outlet'</script>وكالة الاختبار");
  await expect(page.locator("main")).toContainText(`<svg onload="window.__pwned='note'`);
  await assertInert(page);
  // Saved HTML is reduced to its text: its scripts, handlers and frames are not even kept as text.
  await expect(page.getByTestId("article-body")).not.toContainText("srcdoc");
  await expect(page.getByTestId("article-body")).toContainText("وسبل وقف القتال");

  // The feed and the JSON carry the payloads escaped too.
  const feed = await page.request.get("/feed.xml?from=2015-05&to=2015-10");
  expect(feed.status()).toBe(200);
  expect(await feed.text()).not.toMatch(/<script|<img |<svg /);
  const og = await page.request.get(`${new URL(textArticle).origin}/og/timeline?from=2015-05&to=2015-05`);
  expect(og.status()).toBe(200);

  expect(seen).toEqual([]);
});
