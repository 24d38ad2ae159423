// The contract between the pure extraction stages and everything that stores or shows their output.

import type { DateBasis } from "../enums/date-basis";

/** What the cleaner decided about one raw line, kept so readers can see what was removed. */
export type LineKind = "title" | "body" | "subheading" | "caption" | "dateline" | "date" | "boilerplate" | "duplicate" | "blank";

export interface LineVerdict {
  /** 1-based line number in the raw text. */
  line: number;
  text: string;
  /** "date" is the publication date's own line only; other dated lines are boilerplate with a reason. */
  kind: LineKind;
  /** Short English reason code, e.g. "repeated-title", "comment-form", "related-story-date". */
  reason?: string;
}

/** Optional editor/scraper metadata found beside an input as `<name>.meta.json`. */
export interface Sidecar {
  url?: string;
  outlet?: string;
  publishedAt?: string; // YYYY-MM-DD
  title?: string;
  note?: string;
}

export interface OutletRef {
  id: string;
  nameAr: string;
  nameLatin: string | null;
  domain: string | null;
  country: string | null;
  /** What kind of outlet (data/outlets.json "type"); "unknown" for one created from an unlisted host. */
  type?: string;
  /** False for an outlet created from an unknown host: nobody has checked its name, country or type. */
  verified?: boolean;
}

export interface PersonRef {
  id: string; // e.g. "john-kerry"
  asWritten: string; // first spelling used in the article
  count: number;
  /** Found by a role pattern («نظيره الألماني فرانك فالتر شتاينماير»), not in data/people.json. */
  discovered?: { nameAr: string; nameLatin: string; role: string | null };
}

/** Where the title came from: the text's headline, the URL's slug, an editor's sidecar or the HTML page's metadata. */
export type TitleSource = "text" | "url-slug" | "sidecar" | "page";

/** Whether the article is about the talks (US–Russia diplomacy on Syria), and why, in Arabic for editors. */
export interface TopicVerdict {
  onTopic: boolean;
  /** The classifier's score; the threshold is in lib/extract/topic*. */
  score: number;
  reason: string;
}

/** What a weekday word says about the article's own day ("now"); «أول أمس» and «بعد غد» are two days off. */
export type WeekdayRelation = "today" | "yesterday" | "dayBeforeYesterday" | "tomorrow" | "dayAfterTomorrow" | "last" | "next" | "bare";

export interface WeekdayClue {
  weekday: number; // 0 = Sunday
  relation: WeekdayRelation;
  text: string; // the weekday as written
  at: number; // offset in the title or body
  /** In the title or the first paragraph: what the story is about, not its background. */
  lead: boolean;
  inTitle: boolean;
}

/** A day and month written without a year ("السبت 14 نوفمبر", "13 كانون الثاني الجاري"). */
export interface DayMonthClue {
  day: number;
  month: number;
  /** A weekday written just before it, which may fix the year. */
  weekday: number | null;
  relation: "past" | "future" | "plain";
  text: string;
  at: number;
  lead: boolean;
  inTitle: boolean;
  /** The years in the plausible range (2011-2018) whose calendar puts this day on the weekday written. */
  years?: number[];
  /** Days from this date to the day of writing, when the words before say («اليوم» 0, «أمس» 1, «غدا» -1). */
  writingOffset?: number | null;
  /** Words marking it as another occasion than the story's own day («اتفاق 9 سبتمبر», «حتى 31 ديسمبر»). */
  occasion?: "earlier-event" | "future-date" | null;
}

/** A relative word placed on the calendar once the article's own day is known («أمس الثلاثاء» → the day before). */
export interface RelativeDay {
  text: string;
  relation: WeekdayRelation | "lastWeek" | "nextWeek";
  /** The day it names, or the first day of the week it names. */
  iso: string;
  /** The last day of a week named («الأسبوع الماضي»); equal to `iso` for a day. */
  until: string;
  /** The weekday written fits that day (always true for a week or a bare weekday). */
  agrees: boolean;
  lead: boolean;
}

/**
 * Everything in an article that bears on its date without stating it: read by grouping with the reference
 * chronology (lib/events) to infer a date with evidence. Never a date by itself.
 */
export interface DateClues {
  weekdays: WeekdayClue[];
  dayMonths: DayMonthClue[];
  /** Four-digit years the body names (2011-2019), sorted. */
  years: number[];
  /** Months named without a day, with what the words after say («فبراير الجاري»: the month of writing). */
  months?: Array<{ month: number; relation: "current" | "last" | "next" | "plain"; text: string; lead: boolean }>;
  /** A month the URL names without a day (/2015/8/): the article is from that month. */
  monthWindow: { year: number; month: number } | null;
  /**
   * Dates the article may be of, when the text cannot decide between them: both readings of an ambiguous
   * numeric date (7/8/2017), every year a weekday allows («الثلاثاء 17 مايو»: 2011 or 2016), or inferred
   * writing days that disagree. Each with Arabic evidence.
   */
  candidates: Array<{ iso: string; evidence: string }>;
  /** Full dates in the text that are not the article's own date, with why (earlier-event, future-date, caption-date ...). */
  distractors: Array<{ iso: string; reason: string; text: string }>;
  /** Relative words resolved against the article's own date (stated, from the URL or inferred); absent when undated. */
  relativeDays?: RelativeDay[];
}

/** A place or organisation from the gazetteers (data/places.json, data/organizations.json). */
export interface EntityRef {
  id: string; // stable key, e.g. "syria", "isis"
  name: string; // canonical Arabic name
  asWritten: string; // first spelling used in the article
  count: number;
}

/** A direct quotation («…», "…") and whom the text attributes it to. */
export interface QuoteRef {
  text: string; // the words inside the quotation marks
  speakerId: string | null; // person id when the speaker resolves to the gazetteer
  speaker: string | null; // the speaker as written ("كيري", "المتحدث باسم الكرملين"), null when unattributed
  verb: string | null; // the attribution verb as written (قال، أضاف، أكد ...)
}

export interface ExtractedArticle {
  title: string;
  /** Null with an empty title: no headline in the text and none in the URL. */
  titleSource?: TitleSource | null;
  /** Paragraphs separated by a blank line. */
  body: string;
  caption: string | null;
  dateline: { city: string | null; agency: string | null } | null;
  outlet: OutletRef | null;
  publishedAt: string | null; // YYYY-MM-DD
  dateBasis: DateBasis;
  dateEvidence: string | null;
  /** Weekdays, year-less dates and years for dating by inference (lib/extract/date-clues.ts). */
  dateClues?: DateClues;
  /** About the talks or not (lib/extract/topic*). Absent: treated as on-topic. */
  topic?: TopicVerdict;
  people: PersonRef[];
  places: EntityRef[];
  organizations: EntityRef[];
  quotes: QuoteRef[];
  lines: LineVerdict[];
  warnings: string[];
}

/** Metadata a page states about itself (HTML <title>, og:*, article:published_time, canonical link). */
export interface PageHints {
  title?: string;
  url?: string;
  siteName?: string;
  /** As the page states it (ISO 8601 date or date-time). */
  publishedAt?: string;
}

export interface RawInput {
  fileName: string;
  /** The text extraction reads: the decoded file for plain text, the article text derived from HTML. */
  text: string;
  /** The decoded input verbatim when it differs from `text` (HTML source); kept for provenance. */
  source?: string;
  format?: "text" | "html";
  hints?: PageHints;
  sidecar?: Sidecar;
}
