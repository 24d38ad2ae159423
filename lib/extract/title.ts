// The headline is the text the page repeats: as the <title>, as the h1, beside the outlet name.
// Repetition is counted over every shape a line can take (see title-forms). With no repetition, the
// first heading-like line that is not page furniture (a brand, a list headline, a menu item, a caption,
// a dateline, a name label, a wrapped line: title-furniture) and that speaks of what the first paragraph
// says (a teaser of another story or a widget shares none of its words). A text with no headline takes
// one from its URL's slug (title-slug); otherwise there is none: an empty title, never a guess.
import { phraseKey } from "../arabic/phrase-key";
import { contentWordsOfKey, sharedWords, wordPoolOfKey } from "./content-words";
import { isDateLine, type LineFeatures } from "./features";
import type { Line } from "./lines";
import { titleForms, type TitleForm } from "./title-forms";
import { titleFurniture, type FurnitureContext } from "./title-furniture";
import type { RawInput, TitleSource } from "./types";

export interface TitleResult {
  title: string;
  key: string;
  /** Line indexes where the headline occurs (alone, doubled or with an affix). */
  occurrences: number[];
  /** Texts printed beside the headline (outlet names, mostly). */
  affixes: string[];
  source: "sidecar" | "repeated" | "first-line" | "url-slug" | "none";
}

/** The contract's title source: the text's headline (an HTML page's own), the URL's slug, the sidecar's, or none. */
export function titleSourceOf(source: TitleResult["source"], format: RawInput["format"]): TitleSource | null {
  if (source === "none") return null;
  if (source === "sidecar" || source === "url-slug") return source;
  return format === "html" ? "page" : "text";
}

export interface TitleContext extends FurnitureContext {
  isBrand(key: string): boolean;
  /** Headlines of related-story lists. */
  listHeadlines: Set<number>;
  photoCaption(line: Line): boolean;
  /** The headline the article's URL spells, for a text that prints none (null: no URL, or no slug). */
  slugTitle(): string | null;
}

const headingLike = (f: LineFeatures) => !f.blank && !f.boilerplate && !isDateLine(f) && f.words >= 2 && f.words <= 40 && f.arabicRatio >= 0.5;
const MENU_ITEM_WORDS = 4;
// A paragraph (a long sentence ending in a full stop) never carries the headline; skipping it saves time.
const mayHoldTitle = (f: LineFeatures) => !f.blank && f.words <= 80 && !(f.terminal && f.words > 25);

// The lead a candidate is compared with: the lines after it up to about a paragraph and a half.
const LEAD_LINES = 5;
const LEAD_WORDS = 80;
const LEAD_MIN_WORDS = 15;
// Real headlines share four words or more with their first paragraphs (all but a few of their own); a widget or another story's
// teaser that happens to sit above them shares two at most («المنطقة», «الشرقية»).
const MIN_SHARED_WITH_LEAD = 3;

/** Stops at the first real paragraph: the headline is printed above the article. */
function topZoneEnd(features: LineFeatures[]): number {
  const i = features.findIndex((f) => f.words >= 15 && f.terminal && f.arabicRatio >= 0.6);
  return i < 0 ? Math.min(features.length, 60) : i;
}

/** The words of the lines that follow a candidate headline (furniture and dates aside), or null when too little text follows to judge. */
function leadAfter(lines: Line[], features: LineFeatures[], i: number, pools: Map<number, Set<string> | null>): Set<string> | null {
  if (pools.has(i)) return pools.get(i)!;
  // Keys, not texts: the key of lines joined by spaces splits into the same words as their keys joined.
  const keys: string[] = [];
  let words = 0;
  for (let k = i + 1; k < features.length && keys.length < LEAD_LINES && words < LEAD_WORDS; k++) {
    const f = features[k]!;
    if (f.blank || f.boilerplate || isDateLine(f)) continue;
    keys.push(lines[k]!.key);
    words += f.words;
  }
  const pool = words >= LEAD_MIN_WORDS ? wordPoolOfKey(keys.join(" ")) : null;
  pools.set(i, pool);
  return pool;
}

export function detectTitle(lines: Line[], features: LineFeatures[], ctx: TitleContext, sidecarTitle?: string): TitleResult {
  const formsByLine = lines.map((l, i) => (mayHoldTitle(features[i]!) ? titleForms(l.text, l.key) : []));
  // Two identical adjacent lines are one rendering (alt text and figcaption), not a repetition.
  const count = new Map<string, number>();
  let previousKey = "";
  formsByLine.forEach((forms, i) => {
    if (features[i]!.blank) {
      previousKey = "";
      return;
    }
    if (lines[i]!.key !== previousKey) for (const key of new Set(forms.map((f) => f.key))) count.set(key, (count.get(key) ?? 0) + 1);
    previousKey = lines[i]!.key;
  });

  const finish = (title: string, key: string, source: TitleResult["source"]): TitleResult => {
    const occurrences: number[] = [];
    const affixes: string[] = [];
    formsByLine.forEach((forms, i) => {
      const hit = forms.find((f) => f.key === key);
      if (!hit) return;
      occurrences.push(i);
      affixes.push(...hit.affixes);
    });
    return { title, key, occurrences, affixes, source };
  };

  if (sidecarTitle?.trim()) return finish(sidecarTitle.trim(), phraseKey(sidecarTitle), "sidecar");

  const end = topZoneEnd(features);
  let best: { form: TitleForm; n: number; words: number } | null = null;
  for (let i = 0; i < end; i++) {
    if (!headingLike(features[i]!) || ctx.photoCaption(lines[i]!) || titleFurniture(lines[i]!, features[i]!, ctx)) continue;
    for (const form of formsByLine[i]!) {
      const n = count.get(form.key) ?? 0;
      const words = form.key.split(" ").length;
      if (n < 2 || words < 3 || ctx.isBrand(form.key)) continue;
      // More repetitions win; among equals the longer text (a title beats its own half).
      if (!best || n > best.n || (n === best.n && words > best.words)) best = { form, n, words };
    }
  }
  if (best) {
    // Quote the headline from a line where it stands alone, if there is one.
    const alone = lines.find((l, i) => !features[i]!.blank && l.key === best.form.key);
    return finish(alone?.text ?? best.form.text, best.form.key, "repeated");
  }

  const first = firstHeading(lines, features, ctx, end);
  if (first < 0) {
    const slug = ctx.slugTitle();
    return slug ? { title: slug, key: phraseKey(slug), occurrences: [], affixes: [], source: "url-slug" } : { title: "", key: "", occurrences: [], affixes: [], source: "none" };
  }
  const forms = formsByLine[first]!;
  // "Title - Outlet": keep the longest part when the others are short names.
  const whole = forms[0]!;
  const split = forms
    .filter((f) => f.affixes.length > 0 && f.affixes.every((a) => ctx.isBrand(phraseKey(a)) || a.split(" ").length <= 4))
    .sort((a, b) => b.text.length - a.text.length)[0];
  const usable = split && split.text.split(" ").length >= 2 * Math.max(...split.affixes.map((a) => a.split(" ").length)) ? split : null;
  const half = forms.find((f) => f.affixes.length === 0 && f !== whole && f.text.length < whole.text.length);
  const chosen = usable ?? half ?? whole;
  return finish(chosen.text, chosen.key, "first-line");
}

/**
 * The first heading-like line that is not a brand, a list headline, a menu item, a photo caption or other
 * furniture, and that shares a word with the lead (when there is a lead to compare with).
 */
function firstHeading(lines: Line[], features: LineFeatures[], ctx: TitleContext, end: number): number {
  const pools = new Map<number, Set<string> | null>();
  const short = (j: number) => features[j]!.words <= MENU_ITEM_WORDS && !features[j]!.terminal;
  const neighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < features.length; j += step) if (!features[j]!.blank) return j;
    return -1;
  };
  for (let i = 0; i < end; i++) {
    const f = features[i]!;
    if (!headingLike(f) || ctx.isBrand(lines[i]!.key) || ctx.listHeadlines.has(i) || ctx.photoCaption(lines[i]!) || titleFurniture(lines[i]!, f, ctx)) continue;
    // A short line among short lines is a menu.
    const [p, n] = [neighbour(i, -1), neighbour(i, 1)];
    if (short(i) && ((p >= 0 && short(p)) || (n >= 0 && short(n)))) continue;
    // A teaser of another story, a widget or a section label says nothing the lead says.
    const lead = leadAfter(lines, features, i, pools);
    if (lead) {
      const own = contentWordsOfKey(lines[i]!.key);
      if (sharedWords(own, lead) < Math.min(MIN_SHARED_WITH_LEAD, own.length)) continue;
    }
    return i;
  }
  return -1;
}
