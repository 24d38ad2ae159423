// The role of one date mention, as a reader would judge it: the page's stamp (a date line near the
// headline, a "published" line, the stamp under the body), the dateline's date, the day of writing inside
// the story («اليوم السبت (1 فبراير 2014)», «الأربعاء، 28 سبتمبر 2016», «نيويورك - فلان 19 كانون الأول
// 2015»), or a distractor, rejected with a reason code the line verdicts keep.
import { weekdayOfIso } from "../arabic/calendar";
import { otherOccasion, relationBefore, weekdayJustBefore, type DayRelation } from "../arabic/date-relations";
import type { DateMention } from "./date-mentions";
import { datelineBefore } from "./dateline";
import type { LineFeatures } from "./features";

export type DateRole = "stamp" | "dateline" | "writing";

export type MentionVerdict =
  | { role: DateRole; score: number }
  | {
      role: null;
      reason: string;
      /** Days from this date to the day of writing its relative words give (أمس → +1, غدا → -1). */
      writingOffset?: number;
    };

export interface RoleContext {
  features: LineFeatures;
  inList: boolean;
  /** The line is the photo caption (header.ts). */
  caption: boolean;
  /** The latest year the body names, if any. */
  maxBodyYear: number | null;
  /** The weekday the lead calls «اليوم» (today), if it names one. */
  leadToday: number | null;
  /** Something else on the page or in the URL dates the same day (within a day). */
  corroborated: (iso: string) => boolean;
}

// A news article is not published many years after the latest year it mentions.
const ERA_SLACK_YEARS = 6;
// A dateline opens the story: the date sits within this many words of the first body line's start (a
// headline glued onto that line included).
const DATELINE_MAX_WORDS = 30;
// The stamp under a story is its first line or two; further down are other stories' dates.
const FOOTER_STAMP_LINES = 2;
const BODY_STAMP_LINES = 2;

const SCORE = {
  published: 10,
  updated: 1,
  header: 5,
  dateline: 6,
  chrome: 0,
  footer: -2,
  bodyStamp: 3,
  writingToday: 4,
  writingWeekday: 3,
  lead: 1,
  weekdayMismatch: -3,
};

const OFFSET: Record<DayRelation, number> = { today: 0, yesterday: 1, dayBeforeYesterday: 2, tomorrow: -1, dayAfterTomorrow: -2 };

export function judgeMention(m: DateMention, ctx: RoleContext): MentionVerdict {
  const { d, cue } = m;
  const f = ctx.features;
  const reject = (reason: string, writingOffset?: number): MentionVerdict => (writingOffset === undefined ? { role: null, reason } : { role: null, reason, writingOffset });
  if (f.weather) return reject("weather-clock");
  if (f.boilerplate === "copyright") return reject("copyright");
  if (ctx.inList || d.format === "list-year-first") return reject("related-story-date");
  if (cue !== "published" && ctx.maxBodyYear !== null && d.year > ctx.maxBodyYear + ERA_SLACK_YEARS) return reject("after-content-era");
  if (ctx.caption) return reject("caption-date");
  const cueScore = cue === "published" ? SCORE.published : cue === "updated" ? SCORE.updated : 0;
  const mismatch = d.weekdayMismatch ? SCORE.weekdayMismatch : 0;

  switch (m.place) {
    case "dateline":
      return { role: "dateline", score: SCORE.dateline + cueScore + mismatch };
    case "header":
      return { role: "stamp", score: SCORE.header + cueScore + mismatch };
    case "chrome":
      // A weekday, a date and a clock above the headline block, with no "published" word, is the site's own
      // clock (the day the page was scraped) unless the story or its URL dates the same day.
      if (cue === null && d.weekday !== null && (d.time !== null || f.hasClock) && !ctx.corroborated(d.iso)) return reject("site-clock");
      return { role: "stamp", score: SCORE.chrome + cueScore + mismatch };
    case "footer":
      if (cue === "published") return { role: "stamp", score: SCORE.footer + cueScore + mismatch };
      // The story's own stamp under it: a date line with its clock or counters, right after the last paragraph.
      if (m.widgetStamp && m.linesAfterBody !== null && m.linesAfterBody < FOOTER_STAMP_LINES) return { role: "stamp", score: SCORE.footer + mismatch };
      return reject("after-body-date");
    case "body":
      // A stamp line the cleaner kept at the top of the body; further down, a date line heads an item of a
      // chronology inside the story, not the story itself.
      if (m.stampLine) {
        if ((m.linesIntoBody ?? Infinity) < BODY_STAMP_LINES) return { role: "stamp", score: SCORE.bodyStamp + cueScore + mismatch };
        return { role: null, reason: "body-date" };
      }
      return judgeRunningText(m, ctx);
  }
}

/** A date inside the story's sentences is the day of writing only when its words say so. */
function judgeRunningText(m: DateMention, ctx: RoleContext): MentionVerdict {
  const { d } = m;
  const occasion = otherOccasion(m.before, m.after);
  if (occasion) return { role: null, reason: occasion };
  const relation = relationBefore(m.before);
  const weekday = d.weekday ?? weekdayJustBefore(m.before);
  const weekdayAgrees = weekday === null || weekday === weekdayOfIso(d.iso);
  const lead = m.lead ? SCORE.lead : 0;
  if (relation && relation !== "today") {
    return { role: null, reason: OFFSET[relation] > 0 ? "event-day" : "future-date", writingOffset: OFFSET[relation] };
  }
  if (relation === "today") {
    return weekdayAgrees ? { role: "writing", score: SCORE.writingToday + lead } : { role: null, reason: "weekday-mismatch" };
  }
  if (weekday !== null) {
    if (!weekdayAgrees) return { role: null, reason: "weekday-mismatch" };
    if (!m.lead) return { role: null, reason: "body-date" };
    // «قال الثلاثاء 19 يناير» in a story whose lead says «اليوم الأربعاء»: the day of what is reported.
    if (ctx.leadToday !== null && ctx.leadToday !== weekday) return { role: null, reason: "event-day" };
    return { role: "writing", score: SCORE.writingWeekday + lead };
  }
  if (m.lead && m.wordsBefore <= DATELINE_MAX_WORDS && datelineBefore(m.before) !== null) return { role: "dateline", score: SCORE.dateline };
  return { role: null, reason: "body-date" };
}
