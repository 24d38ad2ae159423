// Chooses the publication date among the dates a page shows. Editor sidecar first, then an explicit date
// (a "published" cue and the header block near the headline preferred), then a /YYYY/MM/DD/ URL.
// Never: related-story list dates, weather/clock widgets, copyright years, dates inside the body text,
// a site clock above the headline, or a date far after the years the article itself mentions.
import type { DateMatch } from "../arabic/dates";
import { westernDigits } from "../arabic/normalize";
import { findWeekdayMentions } from "../arabic/weekday-mentions";
import type { DateBasis, Sidecar } from "./types";
import { cueBefore, type DateCue } from "./date-cues";
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
}

interface Candidate {
  d: DateMatch;
  line: number;
  cue: DateCue;
  evidence: string;
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
    return { publishedAt: sc.publishedAt, basis: "editorial", evidence: sc.note?.trim() || "editor-supplied", line: null, rejected, warnings };
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
      const from = cue ? prevEnd + at : d.start;
      prevEnd = d.end;
      const why = rejectReason(f, d, cue, region, listLines.has(i), maxBodyYear);
      if (why) {
        if (!rejected.has(i)) rejected.set(i, why);
        continue;
      }
      const score = (region === "dateline" ? 6 : REGION_SCORE[region]) + (cue === "published" ? 10 : cue === "updated" ? 1 : 0) - (d.weekdayMismatch ? 3 : 0);
      candidates.push({ d, line: i, cue, evidence: text.slice(from, d.end).trim(), score });
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
    if (best.d.weekdayMismatch) warnings.push(`date-weekday-mismatch: ${best.evidence}`);
    return { publishedAt: best.d.iso, basis: "explicit", evidence: best.evidence, line: best.line, rejected, warnings };
  }
  const fromUrl = sc?.url ? urlDate(sc.url) : null;
  if (fromUrl) return { publishedAt: fromUrl, basis: "url", evidence: sc!.url!, line: null, rejected, warnings };
  const weekday = findWeekdayMentions(input.body)[0];
  return { publishedAt: null, basis: "unknown", evidence: weekday ? `weekday mentioned: ${weekday.text}` : null, line: null, rejected, warnings };
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

const URL_DATE = /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/_-]|$)/;

export function urlDate(url: string): string | null {
  const m = URL_DATE.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}
