// When an article without a date could have been written, from what it names: words that belong to a period
// (data/period-terms.json: «جنيف 2», «خفض التصعيد») and people in office at the time (the dated titles of
// data/people.json: a spokesperson, an envoy, a minister). Each gives a window; an occurrence of the
// chronology outside a window the article implies is unlikely to be the one it reports.
import { tokenize } from "../arabic/tokens";
import { loadGazetteers } from "../entities/gazetteers";
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
}

/** People are named a little before they take office and after they leave it (nominees, "the former envoy"). */
const TENURE_SLACK_DAYS = 90;
const OPEN = { from: dayOf("1900-01-01"), to: dayOf("2100-01-01") };

export function buildPeriodIndex(terms: PeriodTerm[], people: PersonEntry[]): PeriodIndex {
  const groups = terms.map((t) => ({ windows: t.periods.map((p) => ({ from: dayOf(p.from), to: dayOf(p.to) })), label: t.terms[0]! }));
  const matcher = compileCues(terms.flatMap((t, i) => t.terms.map((phrase) => ({ target: i, phrase }))));
  const tenure = new Map<string, { from: number; to: number }>();
  for (const p of people) {
    // A title without a start (or an end) leaves that side open; someone with no dated title says nothing.
    if (p.titles.length === 0) continue;
    const from = p.titles.some((t) => !t.from) ? OPEN.from : Math.min(...p.titles.map((t) => dayOf(t.from!))) - TENURE_SLACK_DAYS;
    const to = p.titles.some((t) => !t.to) ? OPEN.to : Math.max(...p.titles.map((t) => dayOf(t.to!))) + TENURE_SLACK_DAYS;
    if (from > OPEN.from || to < OPEN.to) tenure.set(p.id, { from, to });
  }
  return { terms: matcher, groups, tenure };
}

export const loadPeriodIndex: () => PeriodIndex = once(() => buildPeriodIndex(loadPeriodTerms(), loadGazetteers().people));

export function periodHints(item: Pick<CoverageItem, "title" | "body" | "people">, index: PeriodIndex = loadPeriodIndex()): PeriodHint[] {
  const hints: PeriodHint[] = [];
  const seen = new Set<number>();
  for (const text of [item.title, item.body])
    for (const hit of index.terms.scan(tokenize(text))) {
      if (seen.has(hit.target)) continue;
      seen.add(hit.target);
      const g = index.groups[hit.target]!;
      hints.push({ windows: g.windows, why: g.label });
    }
  for (const id of item.people) {
    const t = index.tenure.get(id);
    if (t) hints.push({ windows: [t], why: id });
  }
  return hints;
}
