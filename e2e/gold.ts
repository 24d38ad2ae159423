// The hand-checked gold for the sample articles, shared by the browser tests.
import fs from "node:fs";
import path from "node:path";

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
export const squash = (s: string) => s.replace(/\u00A0/g, " ").replace(/\s+/g, " ").trim();
