import { expect, test } from "@playwright/test";

test("a timeline that fits on one page has no «السابق / التالي» links", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("article[data-event]").first()).toBeVisible();
  await expect(page.getByTestId("pager")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "التالي" })).toHaveCount(0);
  await expect(page.locator("a[rel=next], a[rel=prev]")).toHaveCount(0);
});

test("page=1 is dropped from the URL; a bad or missing page is explained", async ({ page }) => {
  await page.goto("/?page=1");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/?page=0");
  await expect(page.getByRole("alert").filter({ hasText: "رقم الصفحة" })).toBeVisible();
  await page.goto("/?page=9999");
  await expect(page.getByText("لا توجد صفحة بهذا الرقم")).toBeVisible();
});
