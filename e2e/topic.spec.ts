import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// The e2e server's editor token (scripts/e2e-server.ts). Other specs assume the samples' events, so this
// one moves only an article it uploads itself (June 2014, a month no other spec uses).
const TOKEN = "e2e-editor-token-not-secret";
const ARTICLE_TITLE = "كيري يبحث مع لافروف هاتفيا آلية مراقبة الهدنة في ريف حماة";
const MONTH = "/?from=2014-06&to=2014-06";
const article = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "topic-article.txt"));

async function move(page: Page, token: string, button: string) {
  await page.getByTestId("topic-editor").locator("summary").click();
  await page.getByTestId("topic-editor").getByLabel("رمز المحرر").fill(token);
  await page.getByRole("button", { name: button }).click();
}

test("an editor moves an article off the talks timeline and back; the history shows both", async ({ page }) => {
  await page.goto("/editor/upload");
  await page.getByLabel("رمز المحرر").fill(TOKEN);
  await page.getByLabel("الملفات").setInputFiles({ name: "hama-call-2014.txt", mimeType: "text/plain", buffer: article });
  await page.getByRole("button", { name: "تحميل" }).click();
  await expect(page.getByTestId("upload-report").locator("tr[data-ok=true]")).toHaveCount(1, { timeout: 20_000 });

  const onTimeline = page.getByRole("link", { name: ARTICLE_TITLE, exact: true });
  await page.goto(MONTH);
  await expect(onTimeline.first()).toBeVisible();
  await onTimeline.first().click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const articleUrl = page.url();
  const status = page.getByTestId("topic-status");
  await expect(status).toHaveText("ضمن موضوع المحادثات");
  await expect(page.getByTestId("topic-reason")).toContainText("يتناول المحادثات الأمريكية الروسية بشأن سوريا");

  // A wrong token changes nothing.
  await move(page, "not-the-token-at-all", "انقله خارج موضوع المحادثات");
  await expect(page.getByTestId("topic-editor").getByRole("alert")).toHaveText("رمز المحرر غير صحيح.");
  await page.reload();
  await expect(status).toHaveText("ضمن موضوع المحادثات");
  await expect(page.getByTestId("topic-history")).toHaveCount(0);

  await move(page, TOKEN, "انقله خارج موضوع المحادثات");
  await expect(status).toHaveText("خارج موضوع المحادثات", { timeout: 20_000 });
  await page.goto(MONTH);
  await expect(page.getByTestId("timeline-counts")).toBeVisible();
  await expect(onTimeline).toHaveCount(0);
  await page.getByTestId("off-topic-link").click();
  await expect(page).toHaveURL(/\/off-topic$/);
  await expect(page.getByTestId("off-topic-list").getByRole("link", { name: ARTICLE_TITLE, exact: true })).toBeVisible();

  await page.goto(articleUrl);
  await move(page, TOKEN, "أعده إلى موضوع المحادثات");
  await expect(status).toHaveText("ضمن موضوع المحادثات", { timeout: 20_000 });
  await expect(page.getByTestId("topic-verdict")).toContainText("بقرار المحرر");
  const history = page.getByTestId("topic-history").locator("li[data-action=set_topic]");
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toHaveAttribute("data-to", "true");
  await expect(history.nth(1)).toHaveAttribute("data-to", "false");

  await page.goto(MONTH);
  await expect(onTimeline.first()).toBeVisible();
  await page.goto("/off-topic");
  await expect(page.getByRole("link", { name: ARTICLE_TITLE, exact: true })).toHaveCount(0);
});
