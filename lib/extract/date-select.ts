// Chooses the publication date among the dates a page shows. Editor sidecar first, then an explicit date
// (a "published" cue and the header block near the headline preferred), then the page's own metadata
// (article:published_time and the like, also "explicit": the page states it), then a date in the URL.
// Never: related-story list dates, weather/clock widgets, copyright years, dates inside the body text,
// a site clock above the headline, or a date far after the years the article itself mentions.
// Evidence strings are Arabic (analysts read them) and quote the source; see date-evidence.ts.
import type { DateMatch } from "../arabic/dates";
import { westernDigits } from "../arabic/normalize";
import { findWeekdayMentions } from "../arabic/weekday-mentions";
import type { DateBasis } from "../enums/date-basis";
import type { PageHints, Sidecar } from "./types";
import { cueBefore, type DateCue } from "./date-cues";
import { dateEvidence } from "./date-evidence";
import { urlDateChoice } from "./date-from-url";
import type { LineFeatures } from "./features";
import type { Line } from "./lines";
import type { Region } from "./regions";

export interface DateChoice {
  publishedAt: string | null;
  basis: DateBasis;
  evidence: string | null;
  /** Line index of the chosen date, and why the other date lines were not used. */
  line: number | null;
  rejected: Map<number, string>;
  warnings: string[];
}

export interface DateInput {
  lines: Line[];
  features: LineFeatures[];
  regionOf: (i: number) => Region;
  body: string;
  /** A dateline cut off the first paragraph, which may carry a date ("موسكو، 14 يوليو 2016 -"). */
  datelineHead: { line: number; text: string; dates: DateMatch[] } | null;
  /** Date lines of related-story lists (see lists.ts). */
  listDates: Set<number>;
  sidecar?: Sidecar;
  /** What an HTML page states about itself (publishedAt, canonical url). */
  hints?: PageHints;
}

interface Candidate {
  d: DateMatch;
  line: number;
  cue: DateCue;
  quote: string;
  where: Region | "dateline";
  score: number;
}

// A news article is not published many years after the latest year it mentions.
const ERA_SLACK_YEARS = 6;
const REGION_SCORE: Record<Region, number> = { header: 5, chrome: 0, footer: -2, body: 0 };

export function selectDate(input: DateInput): DateChoice {
  const rejected = new Map<number, string>();
  const warnings: string[] = [];
  const sc = input.sidecar;
  if (sc?.publishedAt) {
    return { publishedAt: sc.publishedAt, basis: "editorial", evidence: dateEvidence.editorial(sc.note), line: null, rejected, warnings };
  }
  const listLines = input.listDates;
  const years = [...westernDigits(input.body).matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  const maxBodyYear = years.length ? Math.max(...years) : null;

  const candidates: Candidate[] = [];
  const consider = (i: number, text: string, dates: DateMatch[], region: Region | "dateline") => {
    const f = input.features[i]!;
    let prevEnd = 0;
    for (const d of dates) {
      const { cue, at } = cueBefore(text.slice(prevEnd, d.start));
      const from = cue ? labelStart(text, prevEnd, prevEnd + at) : d.start;
      prevEnd = d.end;
      const why = rejectReason(f, d, cue, region, listLines.has(i), maxBodyYear);
      if (why) {
        if (!rejected.has(i)) rejected.set(i, why);
        continue;
      }
      const score = (region === "dateline" ? 6 : REGION_SCORE[region]) + (cue === "published" ? 10 : cue === "updated" ? 1 : 0) - (d.weekdayMismatch ? 3 : 0);
      candidates.push({ d, line: i, cue, quote: text.slice(from, d.end).trim(), where: region, score });
    }
  };
  input.lines.forEach((l, i) => {
    const f = input.features[i]!;
    const region = input.regionOf(i);
    if (f.dates.length === 0 || region === "body") return;
    consider(i, l.text, f.dates, region);
  });
  if (input.datelineHead) consider(input.datelineHead.line, input.datelineHead.text, input.datelineHead.dates, "dateline");

  const best = candidates.sort((a, b) => b.score - a.score || a.line - b.line)[0];
  if (best) {
    if (best.d.weekdayMismatch) warnings.push(`date-weekday-mismatch: ${best.quote}`);
    return { publishedAt: best.d.iso, basis: "explicit", evidence: dateEvidence.text(best.where, best.quote), line: best.line, rejected, warnings };
  }
  const meta = pageMetaDate(input.hints?.publishedAt, maxBodyYear);
  if (meta) return { publishedAt: meta, basis: "explicit", evidence: dateEvidence.pageMeta(input.hints!.publishedAt!), line: null, rejected, warnings };
  const weekdays = findWeekdayMentions(input.body);
  const textDates = input.features.flatMap((f, i) => (listLines.has(i) || f.weather ? [] : f.dates));
  const fromUrl = urlDateChoice([sc?.url, input.hints?.url], textDates, weekdays);
  if (fromUrl) return { publishedAt: fromUrl.iso, basis: "url", evidence: fromUrl.evidence, line: null, rejected, warnings };
  const weekday = weekdays[0];
  return { publishedAt: null, basis: "unknown", evidence: weekday ? dateEvidence.weekday(weekday.text) : null, line: null, rejected, warnings };
}

/** The page's stated publication date (its date part, as written), unless it is far after the article's era. */
function pageMetaDate(value: string | undefined, maxBodyYear: number | null): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const t = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso) return null;
  // A site migration re-stamps old articles; the body's own years keep such a date out.
  if (maxBodyYear !== null && Number(m[1]) > maxBodyYear + ERA_SLACK_YEARS) return null;
  return iso;
}

/** Where the label holding a cue word starts: "تاريخ النشر:" and "آخر تحديث:" are quoted whole. */
function labelStart(text: string, from: number, cueAt: number): number {
  const before = text.slice(from, cueAt);
  const sep = Math.max(before.lastIndexOf("|"), before.lastIndexOf("•"), before.lastIndexOf("\u060C"), before.lastIndexOf(","));
  const start = from + sep + 1;
  // Only a short label (a word or two before the cue word) is taken in.
  return text.slice(start, cueAt).trim().split(/\s+/).filter(Boolean).length <= 2 ? start : cueAt;
}

function rejectReason(f: LineFeatures, d: DateMatch, cue: DateCue, region: Region | "dateline", inList: boolean, maxBodyYear: number | null): string | null {
  if (f.weather) return "weather-clock";
  if (f.boilerplate === "copyright") return "copyright";
  if (inList || d.format === "list-year-first") return "related-story-date";
  if (region === "footer" && cue !== "published") return "after-body-date";
  // A weekday, a date and a clock above the headline block, with no "published" word: the site's own clock.
  if (region === "chrome" && cue === null && d.weekday !== null && (d.time !== null || f.hasClock)) return "site-clock";
  if (cue !== "published" && maxBodyYear !== null && d.year > maxBodyYear + ERA_SLACK_YEARS) return "after-content-era";
  return null;
}
