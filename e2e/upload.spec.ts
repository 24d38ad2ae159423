import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The e2e server is started with this token (scripts/e2e-server.ts) on a throwaway database.
const TOKEN = "e2e-editor-token-not-secret";
const article = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "upload-article.txt"));

// In order, in one worker: the refused upload checks that the article is absent, which the next test loads.
test.describe.configure({ mode: "serial" });

async function upload(page: import("@playwright/test").Page, token: string, files: Array<{ name: string; buffer: Buffer }>) {
  await page.goto("/editor/upload");
  await page.getByLabel("رمز المحرر").fill(token);
  await page.getByLabel("الملفات").setInputFiles(files.map((f) => ({ ...f, mimeType: "text/plain" })));
  await page.getByRole("button", { name: "تحميل" }).click();
}

test("a wrong token is refused and nothing is loaded", async ({ page }) => {
  await upload(page, "not-the-token-at-all", [{ name: "refused.txt", buffer: article }]);
  await expect(page.getByRole("alert").filter({ hasText: "رمز المحرر" })).toHaveText("رمز المحرر غير صحيح.");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "لافروف وكيري يبحثان هاتفيا الهدنة في حلب" })).toHaveCount(0);
});

test("an editor uploads files and sees a per-file report; a bad file fails alone", async ({ page }) => {
  const sidecar = Buffer.from(JSON.stringify({ note: "أرسله مراسلنا" }));
  await upload(page, TOKEN, [
    { name: "halab-call.txt", buffer: article },
    { name: "halab-call.meta.json", buffer: sidecar },
    { name: "empty.txt", buffer: Buffer.alloc(0) },
  ]);
  const report = page.getByTestId("upload-report");
  await expect(report).toBeVisible({ timeout: 20_000 });
  await expect(report.locator("tr[data-ok=true]")).toHaveCount(1);
  await expect(report.locator("tr[data-ok=false]")).toContainText("الملف فارغ");

  await report.getByRole("link", { name: "لافروف وكيري يبحثان هاتفيا الهدنة في حلب" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("لافروف وكيري يبحثان هاتفيا الهدنة في حلب");
  await expect(page.getByTestId("article-body")).not.toContainText("شارك برأيك");
  await expect(page.locator("time[datetime='2016-09-10']")).toBeVisible();
});
