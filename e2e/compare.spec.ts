import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gold, pairEventCard, pairTitles } from "./gold";

const titleOf = (prefix: string) => gold.articles.find((a) => a.file.startsWith(prefix))!.title;

/** From the timeline, open the Moscow visit's event page (the gold same-event pair) and follow «قارن التغطية». */
async function openFromEvent(page: Page): Promise<number[]> {
  await page.goto("/");
  const card = pairEventCard(page);
  await expect(card).toHaveCount(1);
  await card.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
  await page.getByRole("link", { name: "قارن التغطية" }).click();
  await expect(page).toHaveURL(/\/compare\?articles=\d+,\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "مقارنة التغطية" })).toBeVisible();
  return idsIn(page.url());
}

const idsIn = (url: string) => new URL(url).searchParams.get("articles")!.split(",").map(Number);
const column = (page: Page, i: number) => page.locator(`section[data-column="${i}"]`);
/** A sentence of column `i` that has a counterpart in another column. */
const aligned = (page: Page, i: number) => column(page, i).locator("a[data-sid][data-cp]");

async function articleIdByTitle(page: Page, title: string): Promise<number> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: title, exact: true }).first().getAttribute("href");
  return Number(href!.match(/\/articles\/(\d+)/)![1]);
}

test("from the event page: two right-to-left columns, the legend and the summary", async ({ page }) => {
  const ids = await openFromEvent(page);
  await expect(page.locator("section[data-column]")).toHaveCount(2);
  for (const t of pairTitles) await expect(page.getByRole("heading", { level: 2, name: t, exact: true })).toBeVisible();
  // The first article of the URL is the first column, at the right.
  await expect(column(page, 0)).toHaveAttribute("data-article", String(ids[0]));
  const right = (await column(page, 0).boundingBox())!;
  const left = (await column(page, 1).boundingBox())!;
  expect(right.x).toBeGreaterThan(left.x + left.width - 1);

  // The legend names the four classes and counts every sentence once.
  const legend = page.getByTestId("legend");
  for (const [c, label] of Object.entries({ identical: "متطابقة", near: "شبه متطابقة", paraphrase: "معاد صياغتها", unique: "ينفرد بها" })) {
    await expect(legend.locator(`[data-legend=${c}]`)).toContainText(label);
  }
  const counts = await legend.locator("[data-testid^=legend-count-]").allInnerTexts();
  const total = counts.map((c) => Number(c.replace(/\D/g, ""))).reduce((a, b) => a + b, 0);
  expect(total).toBe(await page.locator("a[data-sid]").count());
  // Shared sentences exist on both sides (Assad's NBC answer, the leaked proposal), each with a non-colour label.
  await expect(aligned(page, 0).first()).toBeVisible();
  await expect(aligned(page, 1).first()).toBeVisible();
  await expect(aligned(page, 0).first().locator(".sr-only").first()).toHaveText(/متطابقة|معاد صياغتها/);
  // The near-identical NBC answer carries its differing words marked.
  await expect(page.locator("a[data-class=near]").filter({ hasText: "لم يحدث أبدا" }).locator("ins, del").first()).toBeAttached();

  const summary = page.getByTestId("compare-summary");
  await expect(summary.getByTestId("share-percent")).toHaveCount(2);
  for (const p of await summary.getByTestId("share-percent").allInnerTexts()) expect(p.replace(/[\u200e\u200f\u061c]/g, "")).toMatch(/^\d+%$/);
  const table = summary.getByTestId("wording-table");
  await expect(table.locator("thead th")).toHaveCount(3);
  for (const outlet of await page.getByTestId("column-outlet").allInnerTexts()) await expect(table.locator("thead")).toContainText(outlet);
  expect(await table.locator("tr[data-variant]").count()).toBeGreaterThan(2);
  // The Nice attack is a fact only the first-published... whichever column holds 000 reports.
  await expect(summary.getByTestId("unique-facts").getByText(/نيس/).first()).toBeAttached();
});

test("hovering or focusing a sentence highlights its counterpart in the other column", async ({ page }) => {
  await openFromEvent(page);
  const s = aligned(page, 0).first();
  const cp = (await s.getAttribute("data-cp"))!.split(" ")[0]!;
  await s.hover();
  await expect(s).toHaveAttribute("data-hl", "self");
  await expect(column(page, 1).locator(`a[data-sid="${cp}"]`)).toHaveAttribute("data-hl", "counterpart");

  const other = aligned(page, 1).last();
  const back = (await other.getAttribute("data-cp"))!.split(" ")[0]!;
  await page.mouse.move(0, 0);
  await other.focus();
  await expect(column(page, 0).locator(`a[data-sid="${back}"]`)).toHaveAttribute("data-hl", "counterpart");
});

test("keyboard: arrows move within a column, j jumps to the next aligned sentence, ← to its counterpart", async ({ page }) => {
  await openFromEvent(page);
  const firstSentence = column(page, 0).locator("a[data-sid]").first();
  await firstSentence.focus();
  await page.keyboard.press("ArrowDown");
  await expect(column(page, 0).locator("a[data-sid]").nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(firstSentence).toBeFocused();
  await page.keyboard.press("j");
  const focused = page.locator("a[data-sid]:focus");
  await expect(focused).toHaveAttribute("data-cp", /.+/);
  const cps = (await focused.getAttribute("data-cp"))!.split(" ");
  await page.keyboard.press("ArrowLeft"); // in right-to-left, the next column is to the left
  await expect(column(page, 1).locator("a[data-sid]:focus")).toHaveCount(1);
  expect(cps).toContain(await page.locator("a[data-sid]:focus").getAttribute("data-sid"));
  await page.keyboard.press("ArrowRight");
  await expect(column(page, 0).locator("a[data-sid]:focus")).toHaveCount(1);
});

test("selecting a sentence puts it in the URL; the link reopens the same highlight in a new browser", async ({ page, browser }) => {
  await openFromEvent(page);
  const s = aligned(page, 1).last();
  const id = (await s.getAttribute("data-sid"))!;
  const cp = (await s.getAttribute("data-cp"))!.split(" ")[0]!;
  await s.click();
  await expect(page).toHaveURL(new RegExp(`[?&]s=${id}$`));
  await expect(s).toHaveAttribute("aria-current", "true");
  // The swap link follows the selection.
  await expect(page.getByTestId("swap")).toHaveAttribute("href", new RegExp(`s=${id}`));

  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  const again = fresh.locator(`a[data-sid="${id}"]`);
  await expect(again).toHaveAttribute("aria-current", "true");
  await expect(again).toHaveAttribute("data-sel", "self");
  await expect(fresh.locator(`a[data-sid="${cp}"]`)).toHaveAttribute("data-sel", "counterpart");
  await expect(again).toBeInViewport();
  await context.close();
});

test("the highlighted sentence is rendered by the server (no JavaScript)", async ({ browser, page }) => {
  const ids = await openFromEvent(page);
  const id = (await aligned(page, 0).first().getAttribute("data-sid"))!;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(`/compare?articles=${ids.join(",")}&s=${id}`);
  await expect(noJs.locator(`a[data-sid="${id}"]`)).toHaveAttribute("aria-current", "true");
  await context.close();
});

test("swap reverses the columns in the URL; remove leaves the picker", async ({ page }) => {
  const ids = await openFromEvent(page);
  await page.getByTestId("swap").click();
  await expect(page).toHaveURL(new RegExp(`articles=${ids[1]},${ids[0]}$`));
  await expect(column(page, 0)).toHaveAttribute("data-article", String(ids[1]));
  await page.getByRole("link", { name: new RegExp(`^أزل .*: ${pairTitles[0]!.replace(/[«»]/g, ".")}`) }).click();
  await expect(page.getByTestId("compare-empty")).toBeVisible();
  await expect(page.getByTestId("picker")).toBeVisible();
});

test("on a 360 px phone the columns become tabs, one visible at a time", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const ids = await openFromEvent(page);
  const tabs = page.getByRole("navigation", { name: "أعمدة المقارنة" }).getByRole("link");
  await expect(tabs).toHaveCount(2);
  await expect(tabs.first()).toHaveAttribute("aria-current", "true");
  await expect(column(page, 0)).toBeVisible();
  await expect(column(page, 1)).toBeHidden();
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute("aria-current", "true");
  await expect(column(page, 1)).toBeVisible();
  await expect(column(page, 0)).toBeHidden();
  // The alignment marks are kept in the single column.
  await expect(aligned(page, 1).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(ids).toHaveLength(2);
});

test("the comparison has no accessibility violations, on desktop and on a phone", async ({ page }) => {
  await openFromEvent(page);
  await aligned(page, 0).first().click();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    await page.setViewportSize(size);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${size.width} ${colorScheme} ${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    }
  }
});

test("003 and 004 (different events) align almost nothing", async ({ page }) => {
  const a = await articleIdByTitle(page, titleOf("003_"));
  const b = await articleIdByTitle(page, titleOf("004_"));
  await page.goto(`/compare?articles=${a},${b}`);
  const total = await page.locator("a[data-sid]").count();
  const unique = await page.locator("a[data-sid][data-class=unique]").count();
  expect(total).toBeGreaterThan(10);
  expect(unique / total).toBeGreaterThanOrEqual(0.9);
  await expect(page.getByTestId("wire-copy")).toContainText("ليستا نسخة واحدة");
});

test("from an article, «قارن مع…» opens the picker, which finds a title and adds it", async ({ page }) => {
  const a = await articleIdByTitle(page, titleOf("003_"));
  await page.goto(`/articles/${a}`);
  await page.getByRole("link", { name: "قارن مع…" }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?articles=${a}$`));
  await expect(page.getByTestId("compare-empty")).toContainText(titleOf("003_"));
  await page.getByLabel("ابحث في عناوين المقالات").fill("لافروف");
  await page.getByTestId("picker").getByRole("button", { name: "بحث" }).click();
  const add = page.getByRole("link", { name: /^أضف: / }).first();
  await expect(add).toBeVisible();
  await add.click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?articles=${a},\\d+$`));
  await expect(page.locator("section[data-column]")).toHaveCount(2);
});

test("bad or unknown selections get friendly Arabic pages, never an error", async ({ page }) => {
  let r = await page.goto("/compare?articles=abc");
  expect(r?.status()).toBe(200);
  await expect(page.getByTestId("compare-error")).toContainText("أرقام المقالات");
  r = await page.goto("/compare");
  expect(r?.status()).toBe(200);
  await expect(page.getByTestId("compare-empty")).toContainText("اختر مقالين أو ثلاثة");
  await page.goto("/compare?articles=999999,999998");
  await expect(page.getByTestId("compare-missing")).toContainText("999999");
  await expect(page.getByTestId("compare-missing")).toContainText("999998");
  const a = await articleIdByTitle(page, titleOf("003_"));
  const b = await articleIdByTitle(page, titleOf("004_"));
  await page.goto(`/compare?articles=${a}،${b},${a}&s=${a}-99999`);
  await expect(page).toHaveURL(new RegExp(`/compare\\?articles=${a},${b}$`));
});
