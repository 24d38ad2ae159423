// The headline is the text the page repeats: as the <title>, as the h1, beside the outlet name.
// Repetition is counted over every shape a line can take (see title-forms). With no repetition, the
// first heading-like line that is not page chrome (a brand, a list headline, a menu item, a caption).
import { phraseKey } from "../arabic/phrase-key";
import { isDateLine, type LineFeatures } from "./features";
import type { Line } from "./lines";
import { titleForms, type TitleForm } from "./title-forms";

export interface TitleResult {
  title: string;
  key: string;
  /** Line indexes where the headline occurs (alone, doubled or with an affix). */
  occurrences: number[];
  /** Texts printed beside the headline (outlet names, mostly). */
  affixes: string[];
  source: "sidecar" | "repeated" | "first-line" | "none";
}

export interface TitleContext {
  isBrand(key: string): boolean;
  /** Headlines of related-story lists. */
  listHeadlines: Set<number>;
  photoCaption(line: Line): boolean;
}

const headingLike = (f: LineFeatures) => !f.blank && !f.boilerplate && !isDateLine(f) && f.words >= 2 && f.words <= 40 && f.arabicRatio >= 0.5;
const MENU_ITEM_WORDS = 4;
// A paragraph (a long sentence ending in a full stop) never carries the headline; skipping it saves time.
const mayHoldTitle = (f: LineFeatures) => !f.blank && f.words <= 80 && !(f.terminal && f.words > 25);

/** Stops at the first real paragraph: the headline is printed above the article. */
function topZoneEnd(features: LineFeatures[]): number {
  const i = features.findIndex((f) => f.words >= 15 && f.terminal && f.arabicRatio >= 0.6);
  return i < 0 ? Math.min(features.length, 60) : i;
}

export function detectTitle(lines: Line[], features: LineFeatures[], ctx: TitleContext, sidecarTitle?: string): TitleResult {
  const formsByLine = lines.map((l, i) => (mayHoldTitle(features[i]!) ? titleForms(l.text) : []));
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
    if (!headingLike(features[i]!) || ctx.photoCaption(lines[i]!)) continue;
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
  if (first < 0) return { title: "", key: "", occurrences: [], affixes: [], source: "none" };
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

/** The first heading-like line that is not a brand, a list headline, a menu item or a photo caption. */
function firstHeading(lines: Line[], features: LineFeatures[], ctx: TitleContext, end: number): number {
  const short = (j: number) => features[j]!.words <= MENU_ITEM_WORDS && !features[j]!.terminal;
  const neighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < features.length; j += step) if (!features[j]!.blank) return j;
    return -1;
  };
  for (let i = 0; i < end; i++) {
    const f = features[i]!;
    if (!headingLike(f) || ctx.isBrand(lines[i]!.key) || ctx.listHeadlines.has(i) || ctx.photoCaption(lines[i]!)) continue;
    // A short line among short lines is a menu.
    const [p, n] = [neighbour(i, -1), neighbour(i, 1)];
    if (short(i) && ((p >= 0 && short(p)) || (n >= 0 && short(n)))) continue;
    return i;
  }
  return -1;
}
