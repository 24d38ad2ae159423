// When an article without a date could have been written, from what it names: words that belong to a period
// (data/period-terms.json: «جنيف 2», «خفض التصعيد») and people in office at the time (the dated titles of
// data/people.json: a spokesperson, an envoy, a minister). A title written beside the name («وزير الخارجية
// الإيراني علي أكبر صالحي») gives that title's years; a name alone, every title's. Each gives a window; an
// occurrence of the chronology outside a window the article implies is unlikely to be the one it reports.
import { tokenize, type Token } from "../arabic/tokens";
import { normalizeArabic } from "../arabic/normalize";
import { loadGazetteers } from "../entities/gazetteers";
import { compileTitles, type TitleIndex } from "../entities/titles";
import { loadPeriodTerms, type PeriodTerm } from "../entities/period-terms";
import type { PersonEntry } from "../entities/schemas";
import { compileCues, type CueMatcher } from "./cue-matcher";
import { dayOf } from "./days";
import type { CoverageItem } from "./types";
import { once } from "../cache";

export interface PeriodHint {
  /** When the article may have been written: inside any of these day ranges. */
  windows: Array<{ from: number; to: number }>;
  /** The term as listed, or the person's id. */
  why: string;
}

/** A day that lies in none of a hint's windows clashes with it. */
export const clashes = (h: PeriodHint, day: number) => !h.windows.some((w) => day >= w.from && day <= w.to);

export interface PeriodIndex {
  terms: CueMatcher<number>;
  groups: Array<{ windows: Array<{ from: number; to: number }>; label: string }>;
  tenure: ReadonlyMap<string, { from: number; to: number }>;
  titles: TitleIndex;
  /** Each person's names, normalised, to find one written right after a title. */
  names: ReadonlyMap<string, string[]>;
}

/** People are named a little before they take office and after they leave it (nominees, "the former envoy"). */
const TENURE_SLACK_DAYS = 90;
const OPEN = { from: dayOf("1900-01-01"), to: dayOf("2100-01-01") };

/** When a title's holder may be named with it: its dates with the slack, an open side left open. */
const titleWindow = (t: { from: string | null; to: string | null }) => ({
  from: t.from ? dayOf(t.from) - TENURE_SLACK_DAYS : OPEN.from,
  to: t.to ? dayOf(t.to) + TENURE_SLACK_DAYS : OPEN.to,
});

export function buildPeriodIndex(terms: PeriodTerm[], people: PersonEntry[]): PeriodIndex {
  const groups = terms.map((t) => ({ windows: t.periods.map((p) => ({ from: dayOf(p.from), to: dayOf(p.to) })), label: t.terms[0]! }));
  const matcher = compileCues(terms.flatMap((t, i) => t.terms.map((phrase) => ({ target: i, phrase }))));
  const tenure = new Map<string, { from: number; to: number }>();
  for (const p of people) {
    // A title without a start (or an end) leaves that side open; someone with no dated title says nothing.
    if (p.titles.length === 0) continue;
    const windows = p.titles.map(titleWindow);
    const from = Math.min(...windows.map((w) => w.from));
    const to = Math.max(...windows.map((w) => w.to));
    if (from > OPEN.from || to < OPEN.to) tenure.set(p.id, { from, to });
  }
  const names = new Map(people.map((p) => [p.id, [...p.variants, ...p.shortForms].map(normalizeArabic)]));
  return { terms: matcher, groups, tenure, titles: compileTitles(people), names };
}

export const loadPeriodIndex: () => PeriodIndex = once(() => buildPeriodIndex(loadPeriodTerms(), loadGazetteers().people));

export function periodHints(item: Pick<CoverageItem, "title" | "body" | "people">, index: PeriodIndex = loadPeriodIndex()): PeriodHint[] {
  const hints: PeriodHint[] = [];
  const seen = new Set<number>();
  // Each text is tokenized once, for the period's words and for the titles.
  const texts = [item.title, item.body].map((text) => ({ text, tokens: tokenize(text) }));
  for (const { tokens } of texts)
    for (const hit of index.terms.scan(tokens)) {
      if (seen.has(hit.target)) continue;
      seen.add(hit.target);
      const g = index.groups[hit.target]!;
      hints.push({ windows: g.windows, why: g.label });
    }
  const titled = titledHints(texts, new Set(item.people), index);
  hints.push(...titled);
  for (const id of item.people) {
    const t = index.tenure.get(id);
    if (t && !titled.some((h) => h.why === id)) hints.push({ windows: [t], why: id });
  }
  return hints;
}

/** How far after a title its holder's name may start: «وزير الخارجية الأمريكي، جون كيري». */
const NAME_GAP = /^[\s،,:(«"]*/u;
const NAME_REACH = 40;
// «وزير الخارجية الإيراني السابق»: a title its holder has left dates nothing.
const FORMER = /^[\s،,]*(?:السابق|السابقه|الاسبق|الاسبقه|سابقا)(?![\p{L}])/u;

/**
 * The years of the titles written right before the names of people the article names («المتحدثة باسم
 * الخارجية الأمريكية فيكتوريا نولاند»): the title as written, not every title the person ever held.
 */
function titledHints(texts: Array<{ text: string; tokens: Token[] }>, named: ReadonlySet<string>, index: PeriodIndex): PeriodHint[] {
  const windows = new Map<string, Array<{ from: number; to: number }>>();
  for (const { text, tokens } of texts)
    for (const hit of index.titles.scan(text, tokens)) {
      const after = normalizeArabic(text.slice(hit.end, hit.end + NAME_REACH));
      if (FORMER.test(after)) continue;
      const name = after.replace(NAME_GAP, "");
      for (const h of hit.target) {
        if (!named.has(h.personId) || !(index.names.get(h.personId) ?? []).some((n) => name.startsWith(n))) continue;
        const list = windows.get(h.personId) ?? [];
        list.push(titleWindow(h));
        windows.set(h.personId, list);
      }
    }
  return [...windows].map(([why, w]) => ({ windows: w, why }));
}
