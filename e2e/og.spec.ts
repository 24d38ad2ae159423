import { expect, test, type APIResponse } from "@playwright/test";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function expectPng(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_MAGIC);
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
}

const meta = (property: string) => `meta[property="${property}"], meta[name="${property}"]`;

test("an event page's og:image is its 1200×630 PNG card, also used for Twitter", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator("article[data-event] h3 a").first().getAttribute("href");
  expect(href).toMatch(/^\/events\/[a-z0-9-]+$/);
  await page.goto(href!);
  const image = await page.locator(meta("og:image")).first().getAttribute("content");
  expect(image).toMatch(/\/og\/events\/[a-z0-9-]+$/);
  expect(await page.locator(meta("og:image:width")).first().getAttribute("content")).toBe("1200");
  expect(await page.locator(meta("og:image:height")).first().getAttribute("content")).toBe("630");
  expect(await page.locator(meta("og:image:alt")).first().getAttribute("content")).toBeTruthy();
  expect(await page.locator(meta("og:locale")).first().getAttribute("content")).toBe("ar_AR");
  expect(await page.locator(meta("twitter:card")).first().getAttribute("content")).toBe("summary_large_image");
  expect(await page.locator(meta("twitter:image")).first().getAttribute("content")).toBe(image);
  // The absolute URL is built from the host the browser used.
  expect(new URL(image!).host).toBe(new URL(page.url()).host);
  await expectPng(await request.get(image!));
});

test("the timeline's card follows the filters", async ({ request }) => {
  await expectPng(await request.get("/og/timeline?participant=vladimir-putin"));
  await expectPng(await request.get("/og/timeline"));
  expect((await request.get("/og/timeline?kind=nonsense")).status()).toBe(400);
});

test("an unknown event has no card", async ({ request }) => {
  for (const slug of ["no-such-event", "Not_A_Slug"]) expect((await request.get(`/og/events/${slug}`)).status()).toBe(404);
});
