// Every number the comparison decides by, in one place so they can be read, tuned and tested together.
// Similarities are in [0, 1]. The values were set on hand-written pairs (tests/compare/fixtures.ts) and
// the samples: a lightly edited wire sentence scores 0.7-0.95 on word order, a rewrite of the same fact
// 0.2-0.6 on weighted content words, an unrelated sentence about the same talks up to 0.22 — told apart by
// how many separate pieces of content the two share (PARAPHRASE_MIN_SHARED).

/** Near-identical: share of words in common, in order (2·LCS / (|a|+|b|) over normalised words). */
export const NEAR_MIN_SIMILARITY = 0.6;

/** Paraphrase: rarity-weighted Dice over content words (stopwords dropped, clitics and spellings folded). */
export const PARAPHRASE_MIN_SIMILARITY = 0.2;
/**
 * ...and at least this many independent pieces of shared content (lib/compare/similarity.ts sharedUnits:
 * a name or title shared whole counts once). Two sentences of one story share names; a fact told
 * twice shares several separate words besides.
 */
export const PARAPHRASE_MIN_SHARED = 4;
/**
 * A sentence that merges two of the other's (or quotes part of one) has low Dice but contains most of the
 * shorter one's weighted content: counted as paraphrase when containment reaches this, with PARAPHRASE_MIN_SHARED.
 */
export const PARAPHRASE_MIN_CONTAINMENT = 0.5;

/** Two articles are "likely the same agency copy" when this share of the shorter one's sentences is identical or near. */
export const WIRE_COPY_MIN_SHARE = 0.6;

/** Two quotations are the same one printed twice at this word-order similarity, or when one contains the other. */
export const QUOTE_SAME_MIN_SIMILARITY = 0.6;
/** A quotation contained in another counts as the same when it has at least this many words. */
export const QUOTE_MIN_CONTAINED_WORDS = 2;

/** Sentences with fewer words than this (sub-headings such as «- الوقت ينفد -») are never paraphrases. */
export const MIN_WORDS_FOR_PARAPHRASE = 5;
