import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gold } from "./gold";

const WESTERN = /[0-9]/;
const EASTERN = /[٠-٩]/;

/**
 * The header's settings panel once the page has settled: until the streamed form replaces its Suspense
 * fallback, both are briefly in the document.
 */
async function settingsPanel(page: Page) {
  const panel = page.getByTestId("display-settings");
  await expect(panel).toHaveCount(1);
  return panel;
}

/** Opens «إعدادات العرض» in the header and applies a choice, as a reader would (keyboard-reachable controls). */
async function chooseSettings(page: Page, choice: { digits: "غربية" | "مشرقية"; calendar: "الميلادي وحده" | "الهجري بجانب الميلادي" }) {
  const settings = await settingsPanel(page);
  await settings.getByText("إعدادات العرض").click();
  await settings.getByRole("group", { name: "الأرقام" }).getByLabel(choice.digits).check();
  await settings.getByRole("group", { name: "التاريخ الهجري" }).getByLabel(choice.calendar).check();
  await settings.getByRole("button", { name: "اعتماد" }).click();
}

const counts = (page: Page) => page.getByTestId("timeline-counts");

async function expectEastern(page: Page) {
  await expect(counts(page)).toHaveText(EASTERN);
  expect(await counts(page).innerText()).not.toMatch(WESTERN);
  const dates = await page.locator("article[data-event] time").allInnerTexts();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) {
    expect(d).toMatch(EASTERN);
    expect(d).not.toMatch(WESTERN);
  }
  for (const month of await page.locator("section[aria-labelledby^=month-] h2").allInnerTexts()) expect(month).not.toMatch(WESTERN);
}

test("Western digits by default, no Hijri date", async ({ page }) => {
  await page.goto("/");
  await expect(counts(page)).toHaveText(WESTERN);
  expect(await counts(page).innerText()).not.toMatch(EASTERN);
  await expect(page.locator("[data-calendar=hijri]")).toHaveCount(0);
});

test("choosing Eastern digits rewrites counts and dates, lands in the URL, reopens in a new browser and is remembered", async ({ page, browser }) => {
  await page.goto("/?sort=desc");
  await chooseSettings(page, { digits: "مشرقية", calendar: "الميلادي وحده" });
  await expect(page).toHaveURL(/[?&]digits=arab(&|$)/);
  expect(new URL(page.url()).searchParams.get("sort")).toBe("desc"); // the view's other parameters are kept
  await expectEastern(page);

  // Another browser, no cookie: the URL alone reopens the same view.
  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(page.url());
    await expect(fresh).toHaveURL(page.url());
    await expectEastern(fresh);
  } finally {
    await other.close();
  }

  // Same browser, bare URL: the cookie remembers the choice.
  await page.goto("/");
  await expectEastern(page);
  // Links within the app carry the settings, so the address bar keeps the whole view.
  const eventLink = page.locator("article[data-event] h3 a").first();
  expect(await eventLink.getAttribute("href")).toMatch(/[?&]digits=arab(&|$)/);
});

test("the copied link carries remembered settings, so it opens the same view elsewhere", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?digits=arab&cal=hijri");
  await page.goto("/"); // settings now come from the cookie only
  await page.getByRole("button", { name: "نسخ الرابط" }).click();
  await expect(page.getByText("نُسخ الرابط")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get("digits")).toBe("arab");
  expect(new URL(copied).searchParams.get("cal")).toBe("hijri");
  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(copied);
    await expectEastern(fresh);
    await expect(fresh.locator("[data-calendar=hijri]").first()).toBeVisible();
  } finally {
    await other.close();
  }
});

test("the Moscow visit's event page shows the Hijri date beside the Gregorian one", async ({ page }) => {
  const titles = gold.same_event_pairs[0]!.map((file) => gold.articles.find((a) => a.file === file)!.title);
  const firstDay = gold.articles
    .filter((a) => gold.same_event_pairs[0]!.includes(a.file))
    .map((a) => a.date!)
    .sort()[0]!;
  await page.goto("/");
  const card = page
    .locator("article[data-event]")
    .filter({ has: page.getByRole("link", { name: titles[0], exact: true }) })
    .filter({ has: page.getByRole("link", { name: titles[1], exact: true }) });
  await card.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
  await chooseSettings(page, { digits: "غربية", calendar: "الهجري بجانب الميلادي" });
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\?digits=latn&cal=hijri$/);
  const when = page.locator("header dl").first();
  // 14 July 2016 is 9 Shawwal 1437 in the Umm al-Qura calendar; the machine-readable date stays Gregorian.
  await expect(when.locator("[data-calendar=hijri]")).toContainText("9 شوال 1437 هـ");
  await expect(when.locator("time")).toHaveAttribute("datetime", firstDay);
  // Each article of the coverage gets its Hijri date too.
  await expect(page.getByTestId("coverage").locator("[data-calendar=hijri]")).toHaveCount(await page.getByTestId("coverage").locator("time").count());
});

test("the timeline with Eastern digits and Hijri dates has no accessibility violations, the settings open", async ({ page }) => {
  await page.goto("/?digits=arab&cal=hijri");
  await expect(page.locator("article[data-event] [data-calendar=hijri]").first()).toHaveText(EASTERN);
  await (await settingsPanel(page)).getByText("إعدادات العرض").click();
  await expect(page.getByRole("group", { name: "الأرقام" }).getByLabel("مشرقية")).toBeChecked();
  await expect(page.getByRole("group", { name: "التاريخ الهجري" }).getByLabel("الهجري بجانب الميلادي")).toBeChecked();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("the settings work with the keyboard alone and fit a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const summary = (await settingsPanel(page)).locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  const eastern = page.getByRole("group", { name: "الأرقام" }).getByLabel("مشرقية");
  await eastern.focus();
  await page.keyboard.press("Space");
  await expect(eastern).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole("button", { name: "اعتماد" }).press("Enter");
  await expect(page).toHaveURL(/[?&]digits=arab&cal=gregory$/);
  await expectEastern(page);
});

test("a canonical redirect keeps the settings, and drops an unknown value", async ({ page }) => {
  await page.goto("/?cal=hijri&page=1&digits=arab&sort=asc");
  await expect(page).toHaveURL(/\/\?digits=arab&cal=hijri$/);
  await page.goto("/?digits=roman&sort=desc");
  await expect(page).toHaveURL(/\/\?sort=desc$/);
});
