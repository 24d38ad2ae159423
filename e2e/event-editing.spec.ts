import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// Split, merge and move through the editor's forms in a real browser. The spec uploads its own
// coverage (September 2013, a month the samples do not touch) so the samples' events stay as other specs expect.
const TOKEN = "e2e-editor-token-not-secret";
const FIXTURES = path.join(import.meta.dirname, "fixtures", "editing");
const REUTERS = "كيري ولافروف يبدآن في جنيف محادثات حول الأسلحة الكيميائية السورية";
const AFP = "محادثات أمريكية روسية في جنيف بشأن الكيميائي السوري";
const CALL = "اتصال هاتفي بين كيري ولافروف حول مشروع قرار مجلس الأمن";

const file = (name: string) => ({ name, mimeType: "text/plain", buffer: fs.readFileSync(path.join(FIXTURES, name)) });
const coverage = (page: Page) => page.getByTestId("coverage").getByRole("link");

async function openEventOf(page: Page, title: string) {
  await page.goto("/?from=2013-09&to=2013-09");
  const card = page.locator("article[data-event]").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await card.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
}

async function openEditor(page: Page) {
  await page.getByTestId("event-editor").locator("summary").click();
  await page.getByLabel("رمز المحرر").fill(TOKEN);
}

test("an editor splits an event, merges it back and moves an article in", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/editor/upload");
  await page.getByLabel("رمز المحرر").fill(TOKEN);
  await page.getByLabel("الملفات").setInputFiles([file("geneva-reuters.txt"), file("geneva-afp.txt"), file("call-later.txt")]);
  await page.getByRole("button", { name: "تحميل" }).click();
  await expect(page.getByTestId("upload-report").locator("tr[data-ok=true]")).toHaveCount(3, { timeout: 30_000 });

  // The two Geneva reports are one event.
  await openEventOf(page, REUTERS);
  const genevaUrl = page.url();
  await expect(coverage(page).filter({ hasText: REUTERS })).toHaveCount(1);
  await expect(coverage(page).filter({ hasText: AFP })).toHaveCount(1);

  // Split the AFP report off: the editor lands on the new event, which holds it alone.
  await openEditor(page);
  await page
    .getByRole("group", { name: /فصل مقالات/ })
    .getByLabel(AFP)
    .check();
  await page.getByRole("button", { name: "فصل المقالات المحددة" }).click();
  await expect(page).not.toHaveURL(genevaUrl, { timeout: 20_000 });
  await expect(coverage(page)).toHaveText([AFP]);
  const splitUrl = page.url();
  await page.goto(genevaUrl);
  await expect(coverage(page)).toHaveText([REUTERS]);
  await expect(page.getByTestId("event-corrections").locator("li[data-action=split]")).toHaveCount(1);

  // Merge the split-off event back: its page now follows the articles to the kept event.
  await page.goto(splitUrl);
  await openEditor(page);
  await page.getByLabel("دمج هذا الحدث وكل تغطيته في").selectOption({ label: await optionLabel(page, "دمج هذا الحدث وكل تغطيته في", REUTERS) });
  await page.getByRole("button", { name: "دمج الحدثين" }).click();
  await expect(page).toHaveURL(genevaUrl, { timeout: 20_000 });
  await expect(coverage(page)).toHaveCount(2);

  // Move the later phone call into the Geneva event, from the call's own page.
  await openEventOf(page, CALL);
  await openEditor(page);
  await page.getByLabel("نقل مقال").selectOption({ label: CALL });
  await page.getByLabel("إلى الحدث").selectOption({ label: await optionLabel(page, "إلى الحدث", REUTERS) });
  await page.getByRole("button", { name: "نقل المقال" }).click();
  await expect(page).toHaveURL(genevaUrl, { timeout: 20_000 });
  await expect(coverage(page)).toHaveCount(3);

  // All of it holds after a reload, and the history lists each step.
  await page.reload();
  await expect(coverage(page).filter({ hasText: CALL })).toHaveCount(1);
  const history = page.getByTestId("event-corrections");
  for (const action of ["split", "merge", "move_article"]) await expect(history.locator(`li[data-action=${action}]`)).not.toHaveCount(0);
});

/** The label of the option in a select whose event is the one a given article belongs to (options show event titles). */
async function optionLabel(page: Page, selectLabel: string, articleTitle: string): Promise<string> {
  const current = page.url();
  const probe = await page.context().newPage();
  await probe.goto("/?from=2013-09&to=2013-09");
  const card = probe.locator("article[data-event]").filter({ has: probe.getByRole("link", { name: articleTitle, exact: true }) });
  const eventTitle = (await card.getByRole("heading", { level: 3 }).innerText()).trim();
  await probe.close();
  const labels = await page.getByLabel(selectLabel).locator("option").allInnerTexts();
  const match = labels.find((l) => l.trim().endsWith(eventTitle));
  if (!match) throw new Error(`no option for "${eventTitle}" on ${current}: ${labels.join(" | ")}`);
  return match.trim();
}
