// An article from a host the outlet registry does not list: it still gets an outlet, named from the page
// and marked «غير موثق», and a title from its URL's slug with a note saying so.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const TOKEN = "e2e-editor-token-not-secret";
const dir = path.join(import.meta.dirname, "fixtures", "unverified");
const files = ["unverified-outlet.txt", "unverified-outlet.meta.json"].map((name) => ({
  name,
  mimeType: name.endsWith(".json") ? "application/json" : "text/plain",
  buffer: fs.readFileSync(path.join(dir, name)),
}));
const TITLE = "لافروف وكيري يتفقان على هدنة جديدة في سوريا";

// Its own client address, so its upload does not count against other specs' editor budget.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.72" } });

test("an article from an unlisted host shows its outlet's name with the unverified mark, and its slug title", async ({ page }) => {
  await page.goto("/editor/upload");
  await page.getByLabel("رمز المحرر").fill(TOKEN);
  await page.getByLabel("الملفات").setInputFiles(files);
  await page.getByRole("button", { name: "تحميل" }).click();
  const report = page.getByTestId("upload-report");
  await expect(report.locator("tr[data-ok=true]")).toHaveCount(1, { timeout: 30_000 });

  await report.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByTestId("title-source")).toHaveText("العنوان مأخوذ من رابط المقال");
  const outlet = page.getByTestId("article-outlet");
  await expect(outlet).toContainText("موقع الخبر اليقين");
  await expect(outlet.getByTestId("outlet-unverified")).toHaveText("غير موثق");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
