import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pairEventCard, pairTitles } from "./gold";

/** From the timeline, open the event whose coverage holds both gold same-event articles, by its title. */
async function openPairEvent(page: Page) {
  await page.goto("/");
  const card = pairEventCard(page);
  await expect(card).toHaveCount(1);
  const heading = card.getByRole("heading", { level: 3 });
  const title = (await heading.innerText()).trim();
  await heading.getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // After a client-side navigation Next sets the new <title> just after the body renders.
  await expect.poll(() => page.title()).toContain(title);
}

test("an event page, opened from the timeline, lists both articles of the event and its quotes", async ({ page }) => {
  await openPairEvent(page);
  const coverage = page.getByRole("list", { name: /التغطية/ });
  for (const t of pairTitles) await expect(coverage.getByRole("link", { name: t, exact: true })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 2, name: "الاقتباسات" })).toBeVisible();
  await expect(page.getByTestId("quotes").locator("blockquote").first()).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('meta[property="og:title"]')?.getAttribute("content"))).toBeTruthy();
});

for (const path of ["/events/no-such-event", "/events/Not_A_Slug", `/events/${"a".repeat(121)}`]) {
  test(`${path} answers with the Arabic 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  });
}

test("the event page fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openPairEvent(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("the event page has no accessibility violations", async ({ page }) => {
  await openPairEvent(page);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
  }
});
