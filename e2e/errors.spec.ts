import { expect, test } from "@playwright/test";

for (const path of ["/no-such-page", "/articles/999999", "/articles/not-a-number", "/articles/1e999"]) {
  test(`${path} answers with the Arabic 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  });
}

test("the health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: true });
});
