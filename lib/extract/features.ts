// Per-line features: everything later stages decide with, computed once per line.
import { findDates, type DateMatch } from "../arabic/dates";
import { foldCharwise } from "../arabic/normalize";
import { arabicRatio, isLatinOnly, scriptStats } from "../arabic/script";
import type { BoilerplateMatcher } from "./boilerplate";
import type { Line } from "./lines";

export interface LineFeatures {
  blank: boolean;
  words: number;
  arabicRatio: number;
  latinOnly: boolean;
  /** Ends like a sentence (. ! ? ؟ … or a colon), quotes and brackets after it allowed. */
  terminal: boolean;
  question: boolean;
  /** Ends on a letter or a digit, nothing closing it: a sentence cut off (or a heading). */
  openEnded: boolean;
  dates: DateMatch[];
  /** Share of the line's letters and digits that belong to dates, clock times and date cue words. */
  dateShare: number;
  hasClock: boolean;
  /** A temperature: the line is a weather widget, whatever dates it shows. */
  weather: boolean;
  boilerplate: string | null;
  /** A section header after which nothing is article text (comments, related stories). */
  endsArticle: boolean;
}

const TERMINAL = /[.!?؟…:؛](?:["'”»)\]\s]*)$/u;
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g;
const HAS_CLOCK = new RegExp(CLOCK.source);
const WEATHER = /\d\s*°|°\s*[cf]?\s*$|درجه الحراره/iu;
// Every WEATHER match holds «°» or the letters «درج», which foldCharwise never produces or changes:
// a line with neither is no widget, and most lines are spared the fold.
const mayBeWeather = (text: string) => text.includes("°") || text.includes("درج");
// Words that sit around dates in page chrome; they count as "date" text when measuring a date line.
const DATE_CHROME = /(?:^|\s)(?:gmt|utc|ص|م|am|pm|نشر|في|بتاريخ|تاريخ|النشر|اخر|تحديث|بتوقيت|الساعه|published|updated|posted|on|at)(?=\s|$)/giu;
const COUNTABLE = /[\p{L}\p{N}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The last visible character is a letter or a digit (a regex anchored at the end would try every letter). */
function endsOnLetter(text: string): boolean {
  const t = text.trimEnd();
  return t.length > 0 && LETTER_OR_DIGIT.test(t.at(-1)!);
}

function dateShare(text: string, dates: DateMatch[]): { share: number; clock: boolean } {
  if (dates.length === 0 && !HAS_CLOCK.test(text)) return { share: 0, clock: false };
  const total = text.match(COUNTABLE)?.length ?? 0;
  if (total === 0) return { share: 0, clock: false };
  let rest = text;
  for (const d of dates) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
  const clock = HAS_CLOCK.test(rest);
  rest = foldCharwise(rest).replace(CLOCK, " ").replace(DATE_CHROME, " ");
  const left = rest.match(COUNTABLE)?.length ?? 0;
  return { share: 1 - left / total, clock: clock || dates.some((d) => d.time !== null) };
}

export function lineFeatures(line: Line, boilerplate: BoilerplateMatcher): LineFeatures {
  const stats = scriptStats(line.text);
  const blank = line.key === "" && !/[©@]/.test(line.text);
  const reason = blank ? null : boilerplate.match(line.key, stats.words);
  const dates = blank ? [] : findDates(line.text);
  const { share, clock } = dateShare(line.text, dates);
  return {
    blank,
    words: stats.words,
    arabicRatio: arabicRatio(stats),
    latinOnly: isLatinOnly(stats),
    terminal: TERMINAL.test(line.text),
    question: /[?؟](?:["'”»)\]\s]*)$/u.test(line.text),
    openEnded: endsOnLetter(line.text),
    dates,
    dateShare: share,
    hasClock: clock,
    weather: mayBeWeather(line.text) && WEATHER.test(foldCharwise(line.text)),
    boilerplate: reason,
    endsArticle: reason !== null && boilerplate.endsArticle(reason),
  };
}

/** A line that is mostly a date or a clock (the publication line, a list date, a site clock). */
export function isDateLine(f: LineFeatures): boolean {
  return (f.dates.length > 0 || f.hasClock) && f.dateShare >= 0.5;
}

/** A line this short holding a full date is a date line with its place and source, not prose. */
const MAX_DATED_LINE_WORDS = 12;

/** «مونترو، سويسرا، 22 يناير 2014، وكالات»: a short unpunctuated line that holds a full date. */
export function isDatedShortLine(f: LineFeatures): boolean {
  return f.dates.length > 0 && f.words <= MAX_DATED_LINE_WORDS && !f.terminal;
}
