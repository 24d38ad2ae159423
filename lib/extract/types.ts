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
}

export interface PersonRef {
  id: string; // e.g. "john-kerry"
  asWritten: string; // first spelling used in the article
  count: number;
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
  /** Paragraphs separated by a blank line. */
  body: string;
  caption: string | null;
  dateline: { city: string | null; agency: string | null } | null;
  outlet: OutletRef | null;
  publishedAt: string | null; // YYYY-MM-DD
  dateBasis: DateBasis;
  dateEvidence: string | null;
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
