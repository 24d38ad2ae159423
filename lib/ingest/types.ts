// The contract between the pure extraction stages and everything that stores or shows their output.

export type DateBasis = "explicit" | "url" | "inferred" | "editorial" | "unknown";

/** What the cleaner decided about one raw line, kept so readers can see what was removed. */
export type LineKind =
  | "title"
  | "body"
  | "subheading"
  | "caption"
  | "dateline"
  | "date"
  | "boilerplate"
  | "duplicate"
  | "blank";

export interface LineVerdict {
  /** 1-based line number in the raw text. */
  line: number;
  text: string;
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
  lines: LineVerdict[];
  warnings: string[];
}

export interface RawInput {
  fileName: string;
  /** Decoded text, verbatim. */
  text: string;
  sidecar?: Sidecar;
}
