import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { gold, squash } from "./gold";

const eventOfTitle = new Map(gold.articles.map((a) => [squash(a.title), a]));

test("the timeline is right-to-left Arabic in the shipped font", async ({ page }) => {
  await page.goto("/");
  expect(await page.evaluate(() => document.dir)).toBe("rtl");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الخط الزمني للمحادثات");
  // next/font names the face after its variable in app/layout.tsx (naskhArabic), hashed in production: the
  // text's first family is that face, loaded from the file the app ships (preloaded in the head).
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const unquote = (name: string) => name.trim().replace(/^["']|["']$/g, "");
    const first = unquote(getComputedStyle(document.body).fontFamily.split(",")[0]!);
    const face = [...document.fonts].find((f) => unquote(f.family) === first);
    const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((l) => l.href);
    return { first, status: face?.status, preloaded };
  });
  expect(font.first).toMatch(/naskhArabic/);
  expect(font.status).toBe("loaded");
  expect(font.preloaded.some((href) => href.endsWith(".woff2"))).toBe(true);
});

test("dated events follow the gold timeline order; undated coverage is listed apart", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator("article[data-event]");
  await expect(cards.first()).toBeVisible();
  const datedEvents: string[] = [];
  for (const card of await page.locator("section:not([data-testid=undated]) article[data-event]").all()) {
    // Other tests may upload articles of their own: only the samples' coverage is judged here.
    const titles = (await card.getByRole("list", { name: "التغطية" }).getByRole("link").allInnerTexts()).filter((t) => eventOfTitle.has(squash(t)));
    if (titles.length === 0) continue;
    const events = new Set(titles.map((t) => eventOfTitle.get(squash(t))?.event));
    expect(events.size, `one gold event per card: ${titles.join(" | ")}`).toBe(1);
    const [event] = events;
    if (datedEvents.at(-1) !== event) datedEvents.push(event!);
  }
  expect(datedEvents).toEqual(gold.timeline_order);

  // Every sample is on the page exactly once: dated in its event, or under "بدون تاريخ".
  for (const a of gold.articles) {
    await expect(page.getByRole("link", { name: a.title, exact: true })).toHaveCount(1);
  }
  const undated = page.getByTestId("undated");
  for (const title of (await undated.getByRole("link").allInnerTexts()).filter((t) => eventOfTitle.has(squash(t)))) {
    expect(eventOfTitle.get(squash(title))?.date_basis, `${title} may only be undated if gold infers its date`).toBe("inferred");
  }
});

test("the timeline has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("filtering by a participant narrows the events, puts the view in the URL, and the link reopens it", async ({ page, browser }) => {
  await page.goto("/");
  const cards = page.locator("article[data-event]");
  const all = await cards.count();
  // The filters are chips: each opens a small form over the page.
  await page.getByTestId("filter-chips").locator("summary", { hasText: "المشاركون" }).click();
  await page.getByLabel("مشارك", { exact: true }).selectOption("vladimir-putin");
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(/[?&]participant=vladimir-putin(&|$)/);
  expect(new URL(page.url()).search).not.toMatch(/=(&|$)/); // canonical: no empty parameters
  const narrowed = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(all);
  await expect(page.getByTestId("timeline-counts")).toContainText(`${narrowed.length} حدثًا`);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  expect(await fresh.locator("article[data-event]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event")))).toEqual(narrowed);
  await expect(fresh.getByLabel("مشارك", { exact: true })).toHaveValue("vladimir-putin");
  await other.close();
});

test("newest-first reverses the order of dated events", async ({ page }) => {
  const order = async () => page.locator("section:not([data-testid=undated]) article[data-event]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
  await page.goto("/");
  const oldestFirst = await order();
  await page.goto("/?sort=desc");
  expect(await order()).toEqual([...oldestFirst].reverse());
});

test("a malformed filter link is redirected to the view it can show, with an Arabic note of what was dropped", async ({ page }) => {
  const response = await page.goto("/?participant=vladimir-putin&from=2016-13-01&utm_source=x");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/\?participant=vladimir-putin$/);
  const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "رابط التصفية غير صالح" }) });
  await expect(notice).toContainText("التاريخ غير صالح");
  await expect(notice).not.toContainText("utm_source"); // unknown parameters are dropped without a word
  await expect(page.getByLabel("مشارك", { exact: true })).toHaveValue("vladimir-putin");
  // The note is shown once: the same (canonical) link opened again has none.
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "رابط التصفية غير صالح" })).toHaveCount(0);
});

test("copy link puts the current view's URL on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?sort=desc");
  await page.getByRole("button", { name: "نسخ الرابط" }).click();
  await expect(page.getByRole("status").filter({ hasText: "نُسخ الرابط" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("the filter chips show what is chosen, remove it with one link, and date choices are Arabic months", async ({ page }) => {
  await page.goto("/?participant=vladimir-putin&from=2016-07");
  const chips = page.getByTestId("filter-chips");
  const active = chips.getByRole("list", { name: "التصفية الحالية" });
  await expect(active.getByRole("link")).toHaveCount(3); // the participant, the period, and «clear all»
  await chips.locator("summary", { hasText: "الفترة" }).click();
  const options = await chips.getByLabel("من", { exact: true }).locator("option").allInnerTexts();
  expect(options.slice(1).every((o) => /^(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}$/.test(o))).toBe(true);
  await expect(chips.getByLabel("من", { exact: true })).toHaveValue("2016-07");
  await active.getByRole("link", { name: /إزالة المشارك/ }).click();
  await expect(page).toHaveURL(/\/\?from=2016-07$/);
});
