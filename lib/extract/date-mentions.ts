// Every full date the page shows, wherever it is (chrome, header, body, footer, the dateline cut off the
// first paragraph), with what a reader would judge its role by: where it sits, the words right before and
// after it, whether its line is a stamp (mostly date, clock and counters), whether it opens the story.
import type { DateMatch } from "../arabic/dates";
import { foldCharwise } from "../arabic/normalize";
import { cueBefore, type DateCue } from "./date-cues";
import type { LineFeatures } from "./features";
import type { Line } from "./lines";
import type { Region } from "./regions";

export type MentionPlace = Region | "dateline";

export interface DateMention {
  d: DateMatch;
  line: number;
  place: MentionPlace;
  /** The line's text before and after the date, as written. */
  before: string;
  after: string;
  /** "نشر في" / "آخر تحديث" just before it (the nearest cue since the previous date on the line). */
  cue: DateCue;
  /** Where the quote starts: a short label holding the cue ("تاريخ النشر:") is quoted with the date. */
  quoteFrom: number;
  /** The line is mostly dates, clocks and counters: a stamp, not running text. */
  stampLine: boolean;
  /** The line is this date with a clock or page counters beside it ("2015-10-31 | عدد القراءات 2530"). */
  widgetStamp: boolean;
  /** In the body's first paragraph. */
  lead: boolean;
  /** Words on the line before the date. */
  wordsBefore: number;
  /** Non-blank lines between the end of the body and this line (footer lines only, else null). */
  linesAfterBody: number | null;
  /** Non-blank body lines before this one (body lines only, else null). */
  linesIntoBody: number | null;
}

export interface MentionInput {
  lines: Line[];
  features: LineFeatures[];
  regionOf: (i: number) => Region;
  bodyStart: number;
  bodyEnd: number;
  datelineHead: { line: number; text: string; dates: DateMatch[] } | null;
}

// A stamp line may carry counters and widget words beside its date ("2015-10-31 | عدد القراءات 2530").
const STAMP_SHARE = 0.5;
const COUNTER_WORDS = /(?:عدد\s+)?(?:القراءات|قراءه|مشاهده|مشاهدات|تعليق|تعليقات|views?|comments?)/giu;

export function collectMentions(x: MentionInput): DateMention[] {
  const out: DateMention[] = [];
  const head = x.datelineHead;
  let afterBody = 0;
  let intoBody = 0;
  x.lines.forEach((l, i) => {
    const f = x.features[i]!;
    const region = x.regionOf(i);
    if (region === "footer" && !f.blank) afterBody++;
    if (region === "body" && !f.blank) intoBody++;
    if (f.dates.length === 0) return;
    const widget = counterStamp(l.text, f);
    const stamp = f.dateShare >= STAMP_SHARE || widget;
    // The dateline cut off the first paragraph is judged as such (below), not again as running text.
    const skip = head && head.line === i ? head.text.length : 0;
    const own = skip ? f.dates.filter((d) => d.start >= skip) : f.dates;
    const lead = region === "body" && i === x.bodyStart;
    const position = { afterBody: region === "footer" ? afterBody - 1 : null, intoBody: region === "body" ? intoBody - 1 : null };
    add(out, i, l.text, own, region, { stamp, widget: widget || (stamp && f.hasClock) }, lead, position);
  });
  if (head) add(out, head.line, head.text, head.dates, "dateline", { stamp: false, widget: false }, true, { afterBody: null, intoBody: null });
  return out;
}

function add(
  out: DateMention[],
  line: number,
  text: string,
  dates: DateMatch[],
  place: MentionPlace,
  kind: { stamp: boolean; widget: boolean },
  lead: boolean,
  position: { afterBody: number | null; intoBody: number | null },
) {
  let prevEnd = 0;
  for (const d of dates) {
    const { cue, at } = cueBefore(text.slice(prevEnd, d.start));
    const quoteFrom = cue ? labelStart(text, prevEnd, prevEnd + at) : d.start;
    const before = text.slice(0, d.start);
    out.push({
      d,
      line,
      place,
      before,
      after: text.slice(d.end),
      cue,
      quoteFrom,
      stampLine: kind.stamp,
      widgetStamp: kind.widget,
      lead,
      wordsBefore: before.split(/\s+/).filter(Boolean).length,
      linesAfterBody: position.afterBody,
      linesIntoBody: position.intoBody,
    });
    prevEnd = d.end;
  }
}

/** A date with counters and widget words only: what is left once they and the date are removed is short. */
function counterStamp(text: string, f: LineFeatures): boolean {
  if (f.dates.length !== 1 || f.words > 10) return false;
  const d = f.dates[0]!;
  const rest = foldCharwise(text.slice(0, d.start) + text.slice(d.end))
    .replace(COUNTER_WORDS, " ")
    .replace(/[\d\s|•·:,،.\-–/]+/gu, " ");
  return rest.trim() === "";
}

/** Where the label holding a cue word starts: "تاريخ النشر:" and "آخر تحديث:" are quoted whole. */
function labelStart(text: string, from: number, cueAt: number): number {
  const before = text.slice(from, cueAt);
  const sep = Math.max(before.lastIndexOf("|"), before.lastIndexOf("•"), before.lastIndexOf("\u060C"), before.lastIndexOf(","));
  const start = from + sep + 1;
  // Only a short label (a word or two before the cue word) is taken in.
  return text.slice(start, cueAt).trim().split(/\s+/).filter(Boolean).length <= 2 ? start : cueAt;
}
