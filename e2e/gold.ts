// The hand-checked gold for the sample articles, shared by the browser tests.
import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";

export interface GoldArticle {
  file: string;
  title: string;
  date: string | null;
  date_basis: string;
  event: string;
  body_first_sentence: string;
  body_last_sentence: string;
  boilerplate_examples: string[];
  caption: string | null;
  dateline: { city: string | null; agency: string | null } | null;
  people: Array<{ id: string; as_written: string }>;
}

export const gold = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "tests", "fixtures", "seed-gold.json"), "utf8")) as {
  timeline_order: string[];
  same_event_pairs: Array<[string, string]>;
  articles: GoldArticle[];
};

/** The gold's comparison rule: NBSP to space, runs of white space to one. */
export const squash = (s: string) =>
  s
    .replace(/\u00A0/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Titles of the gold's first same-event pair (the Moscow visit, July 2016). */
export const pairTitles = gold.same_event_pairs[0]!.map((file) => gold.articles.find((a) => a.file === file)!.title);

/** On the timeline, the one event card whose coverage lists both articles of the gold pair. */
export function pairEventCard(page: Page): Locator {
  return page
    .locator("article[data-event]")
    .filter({ has: page.getByRole("link", { name: pairTitles[0], exact: true }) })
    .filter({ has: page.getByRole("link", { name: pairTitles[1], exact: true }) });
}
