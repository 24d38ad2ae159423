import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Searches run over the samples loaded by scripts/e2e-server.ts (other specs may add articles of their
// own, so nothing here depends on exact counts beyond what the page itself reports).
// The search page spends its client's search budget (lib/web/page-guards.ts, 60 a minute on the e2e
// server): each test is a client of its own, so the many searches of this file never meet the limit.
test.beforeEach(async ({ context }, testInfo) => {
  const n = [...testInfo.testId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${(n >> 8) % 256}.${(n % 254) + 1}` });
});

const searchUrl = (q: string) => `/search?${new URLSearchParams({ q })}`;
const hitIds = (page: Page) =>
  page
    .getByTestId("search-results")
    .locator("li[data-article]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-article")));
/** Letters only, without tashkeel, alef forms unified: enough to compare a highlighted word with a name. */
const fold = (s: string) =>
  s
    .replace(/[\u064B-\u0652\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/[«»"]/g, "")
    .trim();
const marks = async (page: Page) => (await page.getByTestId("search-results").locator("mark").allInnerTexts()).map(fold);

test("searching from the header finds the articles with the word highlighted, and a result opens the article at its passage", async ({ page }) => {
  await page.goto("/");
  const box = page.getByTestId("header-search").getByRole("combobox", { name: "ابحث في المقالات" });
  await box.fill("لافروف");
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent("لافروف")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("البحث في المقالات");
  await expect(page.getByTestId("search-results").locator("li[data-article]").first()).toBeVisible();
  const first = page.getByTestId("search-results").locator("li[data-article]").first();
  await expect(first.getByTestId("snippet").locator("mark").first()).toBeVisible();
  expect((await marks(page)).some((m) => m.includes("لافروف"))).toBe(true);
  await expect(first.getByTestId("source-file")).toHaveText(/\.(txt|html?)$/);
  await expect(page.getByTestId("search-count")).toContainText("نتيجة");

  const title = first.getByRole("heading", { level: 2 }).getByRole("link");
  const href = (await title.getAttribute("href"))!;
  expect(href).toMatch(/^\/articles\/\d+#p-\d+$/);
  await title.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?#]/g, "\\$&")}$`));
  const passage = page.locator(`[id="${href.split("#")[1]}"]`);
  await expect(passage).toBeVisible();
  expect(fold(await passage.innerText())).toContain("لافروف");
});

test("a facet filters by outlet, the URL reopens the same results in a new browser context", async ({ page, browser }) => {
  await page.goto(searchUrl("سوريا"));
  const all = await hitIds(page);
  expect(all.length).toBeGreaterThan(1);
  const facet = page.getByRole("complementary", { name: "تصفية النتائج" }).locator('[data-facet="outlet"] a').first();
  const count = Number((await facet.getByTestId("facet-count").innerText()).trim());
  const outletName = (await facet.locator("span.grow").innerText()).trim();
  await facet.click();
  await expect(page).toHaveURL(/[?&]outlet=[a-z0-9_-]+(&|$)/);
  await expect(page.getByTestId("active-filters")).toContainText(outletName);
  const narrowed = await hitIds(page);
  expect(narrowed.length).toBe(count);
  expect(narrowed.length).toBeLessThan(all.length);
  for (const o of await page.getByTestId("hit-outlet").allInnerTexts()) expect(o.trim()).toBe(outletName);
  await expect(page.locator('[data-facet="outlet"] a[data-selected]').first()).toBeAttached();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  expect(await hitIds(fresh)).toEqual(narrowed);
  await expect(fresh.getByRole("combobox", { name: "نص البحث" })).toHaveValue("سوريا");
  await other.close();

  // The selected facet toggles the filter off again.
  await page.locator('aside [data-facet="outlet"] a[data-selected]').click();
  await expect(page).toHaveURL(searchUrl("سوريا"));
});

test("an English name finds the Arabic articles with the Arabic name highlighted", async ({ page }) => {
  await page.goto(searchUrl("Kerry"));
  expect((await hitIds(page)).length).toBeGreaterThan(0);
  const words = await marks(page);
  expect(words.some((m) => /كير[يى]/.test(m))).toBe(true);
});

test("a spelling variant finds and highlights the other spelling", async ({ page }) => {
  await page.goto(searchUrl("سيرجي"));
  expect((await hitIds(page)).length).toBeGreaterThan(1);
  const words = await marks(page);
  expect(words).toContain("سيرجي");
  expect(words).toContain("سيرغي");
});

test("a search that finds nothing offers names close to the query and filters to remove", async ({ page }) => {
  // No article the browser tests load dates itself by its URL (the unlisted-host fixture has no date in its
  // URL, on purpose): even widened to the closest held words, nothing matches.
  await page.goto(`/search?${new URLSearchParams({ q: "لافروق", basis: "url" })}`);
  const empty = page.getByTestId("search-empty");
  await expect(empty.getByRole("heading", { name: "لم نجد مقالات تطابق البحث" })).toBeVisible();
  const name = empty.getByTestId("did-you-mean").getByRole("link").filter({ hasText: "لافروف" }).first();
  await expect(name).toBeVisible();
  await name.click();
  await expect(page).toHaveURL(new RegExp(encodeURIComponent("لافروف")));
  // Still nothing with the filter: removing it finds the articles.
  await page
    .getByTestId("search-empty")
    .getByRole("link", { name: /إزالة التصفية: أساس التاريخ/ })
    .click();
  await expect(page).not.toHaveURL(/basis=/);
  await expect(page.getByTestId("search-results").locator("li[data-article]").first()).toBeVisible();
});

test("a misspelt word that no article holds is widened to the closest word, and the page says so", async ({ page }) => {
  await page.goto(`/search?${new URLSearchParams({ q: "لافروق" })}`);
  await expect(page.getByTestId("query-messages")).toContainText("أقرب الكلمات");
  await expect(page.getByTestId("search-results").locator("li[data-article]").first()).toBeVisible();
  await expect(page.getByTestId("search-results").locator("mark").filter({ hasText: "لافروف" }).first()).toBeVisible();
});

test("a search with nothing close to it offers the most named people instead of a bare page", async ({ page }) => {
  await page.goto(`/search?${new URLSearchParams({ q: "zzqxw" })}`);
  const popular = page.getByTestId("search-empty").getByTestId("popular-names").getByRole("link");
  await expect(popular.first()).toBeVisible();
  await popular.filter({ hasText: "كيري" }).first().click();
  await expect(page.getByTestId("search-results").locator("li[data-article]").first()).toBeVisible();
});

test("date words become a removable window chip kept in the URL; removed, they are searched as words", async ({ page }) => {
  await page.goto(searchUrl("لافروف عام 2016"));
  const chip = page.getByTestId("active-filters").locator('li[data-filter="window"]');
  await expect(chip).toContainText("الفترة");
  await expect(chip).toContainText("عام 2016");
  await chip.getByRole("link", { name: /إزالة/ }).click();
  await expect(page).toHaveURL(/dates=words/);
  await expect(page.getByTestId("active-filters").locator('li[data-filter="window"]')).toHaveCount(0);
  await expect(page.getByTestId("active-filters").locator('li[data-filter="dates"]')).toBeVisible();
});

test("malformed queries answer 200 with the parser's message, never an error", async ({ page }) => {
  for (const [q, message] of [
    ['"غير مغلق', "علامة التنصيص لم تُغلق"],
    ["-", "لا توجد في الاستعلام كلمات"],
    ["OR", "كلمة OR تحتاج"],
  ] as const) {
    const response = await page.goto(searchUrl(q));
    expect(response?.status(), q).toBe(200);
    await expect(page.getByTestId("query-messages")).toContainText(message);
  }
  // Invalid parameters are redirected to the canonical URL, never a 500, and the page says what it dropped.
  const response = await page.goto("/search?q=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7&page=0&outlet=Bad%20Id&sort=sideways&x=1");
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent("سوريا")}`);
  const notice = page.getByTestId("param-notice");
  await expect(notice).toContainText("رابط البحث غير صالح");
  await expect(notice.getByRole("listitem")).toHaveCount(3); // outlet, sort, page: not the unknown x
});

test("search as you type: arrows choose a suggested name, Escape closes the list", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByTestId("search-start")).toBeVisible();
  const box = page.getByRole("combobox", { name: "نص البحث" });
  await box.pressSequentially("لافر", { delay: 30 });
  const list = page.getByRole("listbox", { name: /نص البحث/ });
  await expect(list.getByRole("option").first()).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  const chosen = (await list.getByRole("option").first().locator("span").first().innerText()).trim();
  await box.press("Enter");
  await expect(list).toBeHidden();
  expect(fold(await box.inputValue())).toContain(
    fold(
      chosen
        .split(/\s+/)
        .slice(-1)[0]!
        .replace(/[A-Za-z ]+$/, ""),
    ),
  );
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByTestId("search-results").locator("li[data-article]").first()).toBeVisible();

  await box.fill("");
  await box.pressSequentially("كير", { delay: 30 });
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
});

async function eventSlug(page: Page): Promise<string> {
  await page.goto("/");
  const slug = await page.locator("article[data-event]").first().getAttribute("data-event");
  expect(slug).toBeTruthy();
  return slug!;
}

test("searching from an event page keeps the event as a filter, also without JavaScript", async ({ page, browser }) => {
  const slug = await eventSlug(page);
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const p = await context.newPage();
    await p.goto(`/events/${slug}`);
    const form = p.getByTestId("header-search");
    await expect(form.getByRole("checkbox", { name: "في هذا الحدث فقط" })).toBeChecked();
    const box = form.getByRole("combobox", { name: "ابحث في المقالات" });
    await box.fill("سوريا");
    await box.press("Enter");
    await expect(p).toHaveURL(new RegExp(`[?&]event=${slug}(&|$)`));
    await expect(p.getByTestId("active-filters")).toContainText("الحدث:");
    await expect(p.getByTestId("search-count")).toBeVisible();
    await context.close();
  }
});

for (const [name, viewport] of [
  ["desktop", { width: 1280, height: 900 }],
  ["a 360px phone", { width: 360, height: 740 }],
] as const) {
  test(`the search pages have no accessibility violations on ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const url of ["/", "/search", searchUrl("لافروف"), `/search?${new URLSearchParams({ q: "زززززز" })}`]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${url} ${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    if (viewport.width < 768) {
      await page.goto(searchUrl("لافروف"));
      const details = page.locator("details").filter({ hasText: "تصفية النتائج" });
      await expect(details).toBeVisible();
      await expect(details.locator('[data-facet="outlet"]')).toBeHidden();
      await details.locator("summary").click();
      await expect(details.locator('[data-facet="outlet"]')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    }
  });
}
