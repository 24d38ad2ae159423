// The comparison's public contract: what compareArticles takes and returns. Everything here is plain,
// JSON-serialisable data (numbers, strings, arrays, plain objects), so a server component can pass a
// Comparison to the page as it is. Renderers need nothing else from lib/compare.

/** How two aligned sentences relate, strongest first. */
export type AlignmentKind = "identical" | "near" | "paraphrase";
/** A sentence's class: its strongest link to any other article, or "unique" when it has none. */
export type SentenceClass = AlignmentKind | "unique";

/** One article as the comparison reads it (lib/data/compare.ts builds these from the database). */
export interface CompareInput {
  id: number;
  title: string;
  /** Outlet's Arabic name, when known. */
  outlet: string | null;
  /** The outlet's country (ISO 3166-1 alpha-2) and whether the registry lists it; absent: unknown / listed. */
  outletCountry?: string | null;
  outletVerified?: boolean;
  /** YYYY-MM-DD, or null when the date is unknown. */
  publishedAt: string | null;
  /** How the date is known: explicit | url | inferred | editorial | unknown. */
  dateBasis: string;
  datelineCity: string | null;
  /** The agency the dateline credits (its display label, e.g. "الفرنسية (AFP)"), when known. */
  datelineAgency: string | null;
  /** Clean body: paragraphs separated by a blank line (Article.body). */
  body: string;
  /** Gazetteer ids with their Arabic names (data/people.json, data/places.json). */
  people: Array<{ id: string; name: string }>;
  places: Array<{ id: string; name: string }>;
  /** Direct quotations in body order (Quote rows). speakerName: the recognised person's Arabic name. */
  quotes: Array<{ text: string; speaker: string | null; speakerId: string | null; speakerName: string | null }>;
}

/**
 * A run of text in a near-identical sentence. In the earlier column's sentence the kinds are
 * "same" | "removed" (words the later one does not have); in the later column's, "same" | "added".
 * Concatenating a side's segments gives back that sentence's text exactly.
 */
export interface DiffSegment {
  text: string;
  kind: "same" | "added" | "removed";
}

export interface WordDiff {
  /** Segments of the earlier column's text ("same" | "removed"). */
  a: DiffSegment[];
  /** Segments of the later column's text ("same" | "added"). */
  b: DiffSegment[];
}

/** A sentence's link to one counterpart in another article. */
export interface Counterpart {
  /** Sentence id of the counterpart (see ComparedSentence.id). */
  sentenceId: string;
  articleId: number;
  kind: AlignmentKind;
  /** In [0, 1]; see lib/compare/thresholds.ts for what it measures per kind. */
  similarity: number;
  /** Index into Comparison.pairs (for the word diff). */
  pair: number;
}

export interface ComparedSentence {
  /** `${articleId}-${index}`: stable for an article's body, independent of column order; goes in the URL (?s=). */
  id: string;
  articleId: number;
  /** Position in the article, from 0. */
  index: number;
  /** Paragraph of the body, from 0: sentences of one paragraph render together. */
  paragraph: number;
  /** Offsets in the article's body. */
  start: number;
  end: number;
  text: string;
  class: SentenceClass;
  /** Counterparts in the other articles, strongest first. Empty for "unique". */
  counterparts: Counterpart[];
}

/** An aligned pair of sentences, `a` from the earlier column. */
export interface AlignedPair {
  a: string;
  b: string;
  aArticleId: number;
  bArticleId: number;
  kind: AlignmentKind;
  similarity: number;
  /** Marked words, for "near" pairs only (identical ones differ in nothing, paraphrases in everything). */
  diff: WordDiff | null;
}

export interface ComparedArticle {
  id: number;
  title: string;
  outlet: string | null;
  outletCountry?: string | null;
  outletVerified?: boolean;
  publishedAt: string | null;
  dateBasis: string;
  datelineCity: string | null;
  datelineAgency: string | null;
  sentences: ComparedSentence[];
  /** Counts by class, for the legend. */
  classCounts: Record<SentenceClass, number>;
}

export interface ArticleShare {
  articleId: number;
  /** Share of this article's sentences with a counterpart in any other article, in [0, 1]. */
  shared: number;
  /** Share with a counterpart in each other article, by article id. */
  sharedWith: Array<{ articleId: number; shared: number }>;
  /** Ids of the sentences no other article carries (the facts unique to it). */
  uniqueSentenceIds: string[];
  /** People and places this article alone names. */
  onlyPeople: Array<{ id: string; name: string }>;
  onlyPlaces: Array<{ id: string; name: string }>;
}

/** One quotation as printed by one article. */
export interface QuotePrinting {
  articleId: number;
  text: string;
  /** The speaker as this article names them (as written), or null when unattributed. */
  speakerAsWritten: string | null;
  /** Against the group's first printing: differing words marked (null for the first printing or a copy). */
  diff: DiffSegment[] | null;
}

/** A quotation, with every article that printed it (aligned when two outlets printed the same words). */
export interface QuoteGroup {
  printings: QuotePrinting[];
}

export interface SpeakerQuotes {
  /** The recognised person's Arabic name, else the speaker as written, else «غير منسوب». */
  name: string;
  personId: string | null;
  quotes: QuoteGroup[];
}

/** Verdict for one pair of articles. */
export interface WireCopyVerdict {
  a: number;
  b: number;
  /** Share of the shorter article's sentences that are identical or near-identical to the other's. */
  sharedShare: number;
  /** sharedShare ≥ WIRE_COPY_MIN_SHARE: «على الأرجح نسخة الوكالة نفسها». */
  likelySameCopy: boolean;
  /** Dateline agencies of the two articles (null when unknown), to show beside the verdict. */
  agencies: [string | null, string | null];
}

export interface WordingVariantCount {
  variantId: string;
  label: string;
  /** Occurrences per article, in column order. */
  counts: number[];
}

export interface WordingGroup {
  id: string;
  label: string;
  note: string | null;
  variants: WordingVariantCount[];
}

export interface ComparisonSummary {
  shares: ArticleShare[];
  speakers: SpeakerQuotes[];
  wireCopy: WireCopyVerdict[];
}

export interface Comparison {
  /** In the order given (column 0 renders at the right, in RTL). */
  articles: ComparedArticle[];
  pairs: AlignedPair[];
  summary: ComparisonSummary;
  /** Contested terms any article uses (groups no article uses are left out), in data/contested-terms.json order. */
  wording: WordingGroup[];
}
