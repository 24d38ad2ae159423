// Editing needs the token, and editing and the API are rate-limited per client. The e2e server runs
// with RATE_LIMIT_API=60 and RATE_LIMIT_EDITOR=20 and trusts one proxy (scripts/e2e-server.ts); each test
// here sends its own X-Forwarded-For address, which is then the rate-limit key, so budgets do not mix.
// (Without TRUST_PROXY the header is ignored: tests/faults/request-guards.test.ts.)
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const article = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "upload-article.txt"));
const as = (address: string) => ({ extraHTTPHeaders: { "x-forwarded-for": address } });

/** A sample event (July 2016) that no other spec edits, so its title and history are ours to check. */
async function firstEvent(page: Page): Promise<{ slug: string; title: string }> {
  const res = await page.request.get("/api/timeline?from=2016-07&to=2016-07");
  const body = (await res.json()) as { events: Array<{ slug: string; title: string }> };
  return body.events[0]!;
}

async function tryTitle(page: Page, token: string, title: string) {
  await page.getByTestId("event-editor").locator("summary").click();
  const tokenField = page.getByLabel("رمز المحرر");
  await tokenField.evaluate((el) => el.removeAttribute("required"));
  await tokenField.fill(token);
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByRole("button", { name: "حفظ العنوان" }).click();
}

test.describe("without the token", () => {
  test.use(as("198.51.100.90"));

  test("a correction with no token or a wrong one is refused and changes nothing", async ({ page }) => {
    const event = await firstEvent(page);
    for (const token of ["", "wrong-token-of-some-length", `${"e2e-editor-token-not-secret"} `, "e2e-editor-token-not-secreT"]) {
      await page.goto(`/events/${event.slug}`);
      await tryTitle(page, token, "عنوان لا يجوز حفظه");
      await expect(page.getByRole("alert").filter({ hasText: "رمز المحرر" })).toHaveText("رمز المحرر غير صحيح.");
    }
    expect((await firstEvent(page)).title).toBe(event.title);
    await page.goto(`/events/${event.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
    await expect(page.getByTestId("event-corrections")).toHaveCount(0);
  });

  test("an upload with no token is refused and loads nothing", async ({ page }) => {
    const before = await (await page.request.get("/api/timeline")).json();
    await page.goto("/editor/upload");
    await page.getByLabel("رمز المحرر").evaluate((el) => el.removeAttribute("required"));
    await page.getByLabel("الملفات").setInputFiles({ name: "no-token.txt", mimeType: "text/plain", buffer: article });
    await page.getByRole("button", { name: "تحميل" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "رمز المحرر" })).toHaveText("رمز المحرر غير صحيح.");
    const after = await (await page.request.get("/api/timeline")).json();
    // Other specs upload meanwhile, so look for this file's article by its source file name, not by counts.
    expect(JSON.stringify(after)).not.toContain("no-token.txt");
    expect(after.counts.articles).toBeGreaterThanOrEqual(before.counts.articles);
  });
});

test.describe("rate limits", () => {
  test("the timeline API answers 429 with Retry-After once a client's budget is spent; others are served", async ({ playwright, baseURL }) => {
    const client = await playwright.request.newContext({ baseURL, ...as("198.51.100.80") });
    // A burst of 60, refilled at one a second while the test runs: the first refusal comes a little after 60.
    const statuses: number[] = [];
    while (statuses.length < 120 && statuses.at(-1) !== 429) statuses.push((await client.get("/api/timeline/csv")).status());
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeGreaterThan(60);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    const refused = await client.get("/api/timeline");
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter } });
    expect(refused.headers()["content-security-policy"]).toContain("default-src 'none'");

    const other = await playwright.request.newContext({ baseURL, ...as("198.51.100.81") });
    expect((await other.get("/api/timeline")).status()).toBe(200);
    await client.dispose();
    await other.dispose();
  });

  test.describe("editors", () => {
    test.use(as("198.51.100.82"));
    test("wrong tokens are refused in Arabic once the failures' budget is spent, and then every token, before it is even checked", async ({ page }) => {
      test.setTimeout(120_000);
      const event = await firstEvent(page);
      await page.goto(`/events/${event.slug}`);
      const messages: string[] = [];
      // Wrong tokens have a budget of their own (10, then one per 90 s), spent before the editors' 20 a minute.
      for (let i = 0; i < 30 && !messages.at(-1)?.startsWith("طلبات"); i++) {
        await tryTitle(page, "wrong-token-of-some-length", `محاولة ${i}`);
        const alert = page.getByRole("alert").filter({ hasText: /رمز المحرر|طلبات كثيرة/ });
        await expect(alert).toBeVisible();
        messages.push(await alert.innerText());
        await page.reload();
      }
      // 10 refusals, then the limit (one more refusal if the loop outlasted a 90 s refill).
      expect(messages.length).toBeGreaterThanOrEqual(11);
      expect(messages.length).toBeLessThanOrEqual(12);
      expect(messages.slice(0, -1).every((m) => m === "رمز المحرر غير صحيح.")).toBe(true);
      expect(messages.at(-1)).toMatch(/^طلبات كثيرة في وقت قصير\. أعد المحاولة بعد \d+ ثانية\.$/);
      // The right token from the same client is refused as well: guessing cannot go on.
      await tryTitle(page, "e2e-editor-token-not-secret", "عنوان لا يجوز حفظه");
      await expect(page.getByRole("alert").filter({ hasText: "طلبات كثيرة" })).toBeVisible();
      expect((await firstEvent(page)).title).toBe(event.title);
    });
  });
});
