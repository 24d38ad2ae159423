// Chooses the publication date among every date the page shows, by role. Editor sidecar first; then the
// best date the page states for itself (a "published" stamp, the date line near the headline, the
// dateline's date, the day of writing inside the story, the stamp under it: date-roles.ts), a numeric date
// that reads two ways only once something decides it (date-ambiguity.ts); then the page's own metadata;
// then a date in the URL; then a day the text implies (date-inference.ts, basis inferred). Distractors
// (earlier events, deadlines, captions, clocks, related stories, copyright years) are rejected with a
// reason each. Evidence strings are Arabic (analysts read them) and quote the source; see date-evidence.ts.
import { daysBetween, weekdayOfIso } from "../arabic/calendar";
import { weekdayJustBefore } from "../arabic/date-relations";
import type { DateMatch } from "../arabic/dates";
import { westernDigits } from "../arabic/normalize";
import { findWeekdayMentions } from "../arabic/weekday-mentions";
import type { DateBasis } from "../enums/date-basis";
import type { DateClues, PageHints, Sidecar } from "./types";
import { decideReading, readingLabel, type ReadingEvidence } from "./date-ambiguity";
import { dateEvidence } from "./date-evidence";
import { datelineBefore } from "./dateline";
import { urlDateChoice } from "./date-from-url";
import { inferWritingDate, type RelativeFullDate } from "./date-inference";
import { collectMentions, type DateMention } from "./date-mentions";
import { judgeMention, type DateRole } from "./date-roles";
import type { LineFeatures } from "./features";
import type { Line } from "./lines";
import type { Region } from "./regions";
import { urlDate } from "./url-metadata";

export interface DateChoice {
  publishedAt: string | null;
  basis: DateBasis;
  evidence: string | null;
  /** Line index of the chosen date, and why the other date lines were not used. */
  line: number | null;
  rejected: Map<number, string>;
  warnings: string[];
  /** Days the article may be of when nothing decides between them (for the clues). */
  candidates: DateClues["candidates"];
  /** Full dates that are not the article's own, with why (for the clues). */
  distractors: DateClues["distractors"];
}

export interface DateInput {
  lines: Line[];
  features: LineFeatures[];
  regionOf: (i: number) => Region;
  bodyStart: number;
  bodyEnd: number;
  body: string;
  /** A dateline cut off the first paragraph, which may carry a date ("موسكو، 14 يوليو 2016 -"). */
  datelineHead: { line: number; text: string; dates: DateMatch[] } | null;
  /** Date lines of related-story lists (see lists.ts). */
  listDates: Set<number>;
  /** Lines holding the photo caption. */
  captionLines: Set<number>;
  clues: DateClues;
  sidecar?: Sidecar;
  /** What an HTML page states about itself (publishedAt, canonical url). */
  hints?: PageHints;
}

interface Accepted {
  m: DateMention;
  role: DateRole;
  score: number;
  /** How an ambiguous numeric date was decided, in Arabic. */
  reading: string | null;
}

// A news article is not published many years after the latest year it mentions.
const ERA_SLACK_YEARS = 6;
// A stated date and the URL's that differ by more than this are worth a warning.
const URL_AGREEMENT_DAYS = 1;

export function selectDate(input: DateInput): DateChoice {
  const rejected = new Map<number, string>();
  const warnings: string[] = [];
  const candidates: DateClues["candidates"] = [];
  const distractors: DateClues["distractors"] = [];
  const urls = [input.sidecar?.url, input.hints?.url].filter((u): u is string => !!u);
  const urlDates = urls.flatMap((u) => urlDate(u)?.iso ?? []);
  const years = [...westernDigits(input.body).matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  const maxBodyYear = years.length ? Math.max(...years) : null;

  const mentions = collectMentions(input);
  const evidence = readingEvidence(mentions, input, urlDates);
  const leadToday = todayWeekday(input.clues, true);
  const accepted: Accepted[] = [];
  const relativeFull: RelativeFullDate[] = [];
  const reject = (m: DateMention, reason: string) => {
    if (!rejected.has(m.line)) rejected.set(m.line, reason);
    distractors.push({ iso: m.d.iso, reason, text: m.d.text });
  };
  for (const raw of mentions) {
    const { m, reading } = decided(raw, evidence, candidates);
    if (!m) {
      reject(raw, "ambiguous-numeric-date");
      continue;
    }
    const verdict = judgeMention(m, {
      features: input.features[m.line]!,
      inList: input.listDates.has(m.line),
      caption: input.captionLines.has(m.line),
      maxBodyYear,
      leadToday,
      corroborated: (iso) => corroborated(iso, m, mentions, input.clues, urlDates),
    });
    if (verdict.role) accepted.push({ m, role: verdict.role, score: verdict.score, reading });
    else {
      reject(m, verdict.reason);
      if (verdict.writingOffset !== undefined) relativeFull.push({ iso: m.d.iso, text: quoteOf(m, "writing"), writingOffset: verdict.writingOffset });
    }
  }

  const done = (publishedAt: string | null, basis: DateBasis, evidenceText: string | null, line: number | null = null): DateChoice => ({
    publishedAt,
    basis,
    evidence: evidenceText,
    line,
    rejected,
    warnings,
    candidates: publishedAt ? [] : candidates,
    distractors,
  });

  const sc = input.sidecar;
  if (sc?.publishedAt) return done(sc.publishedAt, "editorial", dateEvidence.editorial(sc.note));

  const best = accepted.sort((a, b) => b.score - a.score || a.m.line - b.m.line)[0];
  if (best) {
    const quote = quoteOf(best.m, best.role);
    if (best.m.d.weekdayMismatch) warnings.push(`date-weekday-mismatch: ${quote}`);
    const other = accepted.find((a) => a.role !== best.role && Math.abs(daysBetween(a.m.d.iso, best.m.d.iso)) > URL_AGREEMENT_DAYS);
    if (other) warnings.push(`date-conflict: ${quote} / ${quoteOf(other.m, other.role)}`);
    const url = urlDates.find((u) => Math.abs(daysBetween(u, best.m.d.iso)) > URL_AGREEMENT_DAYS);
    if (url) warnings.push(`date-url-disagrees: ${best.m.d.iso} / ${url}`);
    const text = dateEvidence.text(best.role === "writing" ? "writing" : best.role === "dateline" ? "dateline" : best.m.place, quote);
    return done(best.m.d.iso, "explicit", best.reading ? `${text} (${best.reading})` : text, best.m.line);
  }
  const meta = pageMetaDate(input.hints?.publishedAt, maxBodyYear);
  if (meta) return done(meta, "explicit", dateEvidence.pageMeta(input.hints!.publishedAt!));
  // Read only here: most pages are dated before the URL is needed.
  const weekdays = findWeekdayMentions(input.body);
  const textDates = mentions.filter((m) => !input.listDates.has(m.line) && !input.features[m.line]!.weather).map((m) => m.d);
  const fromUrl = urlDateChoice(urls, textDates, weekdays);
  if (fromUrl) return done(fromUrl.iso, "url", fromUrl.evidence);
  const inferred = inferWritingDate(input.clues, relativeFull);
  if (inferred.date) return done(inferred.date.iso, "inferred", inferred.date.evidence);
  candidates.push(...inferred.candidates);
  const weekday = weekdays[0];
  return done(null, "unknown", weekday ? dateEvidence.weekday(weekday.text) : null);
}

/** A mention with its reading decided; `m` null when it reads two ways and nothing decides (both become candidates). */
function decided(m: DateMention, ev: Omit<ReadingEvidence, "weekdayBeside">, candidates: DateClues["candidates"]): { m: DateMention | null; reading: string | null } {
  const alt = m.d.alternative;
  if (!alt) return { m, reading: null };
  const weekdayBeside = m.d.weekday ?? weekdayJustBefore(m.before);
  const choice = decideReading([m.d.iso, alt], { ...ev, weekdayBeside, textDates: ev.textDates.filter((t) => t.text !== m.d.text) });
  if (!choice) {
    for (const iso of [m.d.iso, alt]) candidates.push({ iso, evidence: dateEvidence.ambiguous(m.d.text, readingLabel(iso)) });
    return { m: null, reading: null };
  }
  const d: DateMatch = {
    ...m.d,
    iso: choice.iso,
    alternative: null,
    weekdayMismatch: m.d.weekday !== null && m.d.weekday !== weekdayOfIso(choice.iso),
  };
  return { m: { ...m, d }, reading: dateEvidence.reading(readingLabel(choice.iso), choice.why) };
}

function readingEvidence(mentions: DateMention[], input: DateInput, urlDates: string[]): Omit<ReadingEvidence, "weekdayBeside"> {
  const c = input.clues;
  return {
    urlDates,
    textDates: mentions.filter((m) => !m.d.alternative && !input.listDates.has(m.line) && !input.features[m.line]!.weather).map((m) => ({ iso: m.d.iso, text: m.d.text })),
    dayMonths: c.dayMonths.map((d) => ({ day: d.day, month: d.month, text: d.text })),
    leadWeekdays: c.weekdays.filter((w) => w.lead).map((w) => ({ weekday: w.weekday, relation: w.relation, text: w.text })),
    currentMonths: (c.months ?? []).filter((m) => m.relation === "current").map((m) => ({ month: m.month, text: m.text })),
  };
}

/** The weekday the text calls «اليوم» (in the lead only, if asked), when it names exactly one. */
function todayWeekday(clues: DateClues, leadOnly: boolean): number | null {
  const days = new Set(clues.weekdays.filter((w) => w.relation === "today" && (!leadOnly || w.lead)).map((w) => w.weekday));
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * Another witness dates the same day: the URL, a date on another line, or the story calling its weekday
 * «اليوم». (A scrape clock years later is already out by the era check; one within it would have to fall
 * on the very weekday the story calls today.)
 */
function corroborated(iso: string, self: DateMention, mentions: DateMention[], clues: DateClues, urlDates: string[]): boolean {
  const near = (other: string) => Math.abs(daysBetween(other, iso)) <= URL_AGREEMENT_DAYS;
  if (urlDates.some(near)) return true;
  if (mentions.some((m) => m !== self && m.line !== self.line && !m.d.alternative && near(m.d.iso))) return true;
  const today = todayWeekday(clues, false);
  return today !== null && today === weekdayOfIso(iso);
}

/** The words quoted as evidence: a cue label with the date, or for a date in the story the words that make it the day of writing. */
function quoteOf(m: DateMention, role: DateRole): string {
  const text = m.before + m.d.text + m.after;
  const at = m.before.length;
  if (role !== "writing" && role !== "dateline") return text.slice(Math.min(m.quoteFrom, at), at + m.d.text.length).trim();
  const dateline = role === "dateline" && m.place === "body" ? datelineBefore(m.before) : null;
  if (dateline) return `${dateline} ${m.d.text}`;
  const words = m.before.match(/(?:\S+\s*){0,3}$/u)?.[0] ?? "";
  const close = /^\s*\)/u.test(m.after) ? ")" : "";
  return `${words}${m.d.text}${close}`.trim();
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
