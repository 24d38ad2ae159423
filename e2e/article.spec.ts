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
    const people = await page.getByTestId("people").locator("[data-person]").evaluateAll((els) => els.map((e) => e.getAttribute("data-person")));
    expect(people.sort()).toEqual(a.people.map((p) => p.id).sort());
  });
}

test("the article page has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: gold.articles[1]!.title, exact: true }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
