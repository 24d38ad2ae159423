import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { gold, squash } from "./gold";

for (const a of gold.articles) {
  test(`article ${a.file} shows its clean body without boilerplate`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: a.title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
    const body = squash(await page.getByTestId("article-body").innerText());
    expect(body.startsWith(squash(a.body_first_sentence)), "body starts with the gold first sentence").toBe(true);
    expect(body.endsWith(squash(a.body_last_sentence)), "body ends with the gold last sentence").toBe(true);
    for (const noise of a.boilerplate_examples) expect(body).not.toContain(squash(noise));
    const people = await page
      .getByTestId("people")
      .locator("[data-person]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-person")));
    expect(people.sort()).toEqual(a.people.map((p) => p.id).sort());
  });
}

test("the article page has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: gold.articles[1]!.title, exact: true }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  // After a client-side navigation Next sets the new <title> just after the body renders.
  await expect(page).toHaveTitle(new RegExp(gold.articles[1]!.title.slice(0, 12)));
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("the raw text view strikes out removed lines and marks the caption and dateline", async ({ page }) => {
  const sample = gold.articles.find((a) => a.caption && a.dateline?.city)!;
  await page.goto("/");
  await page.getByRole("link", { name: sample.title, exact: true }).click();
  await page.getByText("النص الخام وما حُذف منه").click();
  const raw = page.getByTestId("raw-lines");
  for (const noise of sample.boilerplate_examples) {
    await expect(raw.locator("li[data-kind=boilerplate] del, li[data-kind=duplicate] del").filter({ hasText: noise.trim() }).first()).toBeVisible();
  }
  await expect(raw.locator("li[data-kind=caption] mark").filter({ hasText: sample.caption! }).first()).toBeVisible();
  await expect(raw.locator("li[data-kind=dateline] mark").first()).toContainText(sample.dateline!.city!);
});
