// The files in public/ (scripts/make-icons.ts): served with their types and the strict non-page policy,
// and named by every page's head so browsers and link previews find them.
import { expect, test } from "@playwright/test";

for (const [path, type] of [
  ["/manifest.webmanifest", /^application\/manifest\+json/],
  ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
  ["/icon.svg", /^image\/svg\+xml/],
  ["/icon-192.png", /^image\/png/],
  ["/icon-512.png", /^image\/png/],
  ["/apple-touch-icon.png", /^image\/png/],
  ["/og-default.png", /^image\/png/],
] as const) {
  test(`${path} is served as ${type.source.replace(/[\\^]/g, "")}, under the non-page policy`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["content-type"]).toMatch(type);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["content-security-policy"]).toContain("default-src 'none'");
    expect((await res.body()).length).toBeGreaterThan(100);
  });
}

test("the manifest names the app in Arabic, right to left, with icons that exist", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "قارئ محادثات سوريا", lang: "ar", dir: "rtl", start_url: "/" });
  for (const icon of manifest.icons as Array<{ src: string }>) expect((await request.get(icon.src)).status()).toBe(200);
});

test("every page names the icons, the manifest and a default preview image", async ({ page }) => {
  await page.goto("/search");
  const head = page.locator("head");
  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(head.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(head.locator('link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /^\/apple-touch-icon\.png/);
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/og-default\.png$/);
});
