import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// The e2e server's editor token (scripts/e2e-server.ts). Other specs assume the samples' events and
// titles, so this one corrects only an event made of an article it uploads itself (February 2014).
const TOKEN = "e2e-editor-token-not-secret";
const ARTICLE_TITLE = "كيري ولافروف يلتقيان في روما لبحث الملف الكيميائي السوري";
const MONTH = "/?from=2014-02&to=2014-02";
const article = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "correction-article.txt"));

async function correctTitle(page: Page, token: string, title: string) {
  await page.getByTestId("event-editor").locator("summary").click();
  await page.getByLabel("رمز المحرر").fill(token);
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByRole("button", { name: "حفظ العنوان" }).click();
}

test("an editor corrects an event's title; a wrong token changes nothing", async ({ page }) => {
  await page.goto("/editor/upload");
  await page.getByLabel("رمز المحرر").fill(TOKEN);
  await page.getByLabel("الملفات").setInputFiles({ name: "rome-2014.txt", mimeType: "text/plain", buffer: article });
  await page.getByRole("button", { name: "تحميل" }).click();
  await expect(page.getByTestId("upload-report").locator("tr[data-ok=true]")).toHaveCount(1, { timeout: 20_000 });

  await page.goto(MONTH);
  const card = page.locator("article[data-event]").filter({ has: page.getByRole("link", { name: ARTICLE_TITLE, exact: true }) });
  await expect(card).toHaveCount(1);
  await card.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
  const eventUrl = page.url();
  const before = (await page.getByRole("heading", { level: 1 }).innerText()).trim();

  await correctTitle(page, "not-the-token-at-all", "عنوان لا يجوز حفظه");
  await expect(page.getByRole("alert").filter({ hasText: "رمز المحرر" })).toHaveText("رمز المحرر غير صحيح.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(before);
  await expect(page.getByTestId("event-corrections")).toHaveCount(0);

  const corrected = `لقاء روما حول الكيميائي (تصحيح ${Date.now()})`;
  await correctTitle(page, TOKEN, corrected);
  await expect(page.getByRole("status").filter({ hasText: "حُفظ التصحيح" })).toBeVisible({ timeout: 20_000 });
  await page.goto(eventUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(corrected);
  const history = page.getByTestId("event-corrections");
  await expect(history.getByRole("heading", { name: "تعديلات المحرر" })).toBeVisible();
  await expect(history.locator("li[data-action=set_title]").getByTestId("previous-value")).toHaveText(before);

  await page.goto(MONTH);
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(corrected);
});
