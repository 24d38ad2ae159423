// Direct quotations of the compared articles, grouped by speaker; the same quotation printed by two
// outlets is one group with both printings, the later ones' differing words marked against the first.
// "The same" means equal normalised text, most words in the same order, or one printing containing
// the other (an outlet quoting only part: "لم يحدث أبدا").
import { foldForMatch } from "../arabic/normalize";
import { orderedSimilarity } from "./similarity";
import { QUOTE_MIN_CONTAINED_WORDS, QUOTE_SAME_MIN_SIMILARITY } from "./thresholds";
import { wordDiff } from "./word-diff";
import { wordsOf } from "./words";
import type { CompareInput, QuoteGroup, SpeakerQuotes } from "./types";

export const UNATTRIBUTED = "غير منسوب";

interface Printed {
  articleId: number;
  column: number;
  text: string;
  norms: string[];
  speakerKey: string;
  speakerName: string;
  personId: string | null;
  speakerAsWritten: string | null;
}

export function sameQuotation(a: readonly string[], b: readonly string[]): boolean {
  if (a.join(" ") === b.join(" ")) return true;
  if (orderedSimilarity(a, b) >= QUOTE_SAME_MIN_SIMILARITY) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= QUOTE_MIN_CONTAINED_WORDS && ` ${long.join(" ")} `.includes(` ${short.join(" ")} `);
}

export function groupQuotes(articles: readonly CompareInput[]): SpeakerQuotes[] {
  const printed: Printed[] = articles.flatMap((a, column) =>
    a.quotes.map((q) => ({
      articleId: a.id,
      column,
      text: q.text,
      norms: wordsOf(q.text).map((w) => w.norm),
      speakerKey: q.speakerId ? `person:${q.speakerId}` : q.speaker?.trim() ? `as-written:${foldForMatch(q.speaker)}` : "none",
      speakerName: q.speakerName ?? (q.speaker?.trim() || UNATTRIBUTED),
      personId: q.speakerId,
      speakerAsWritten: q.speaker,
    })),
  );
  // Clusters of one quotation across articles, first printing first (column order, then body order).
  const clusters: Printed[][] = [];
  for (const p of printed) {
    // One printing per article in a cluster: an outlet repeating itself is not a second outlet.
    const home = clusters.find((c) => !c.some((o) => o.column === p.column) && sameQuotation(c[0]!.norms, p.norms));
    if (home) home.push(p);
    else clusters.push([p]);
  }
  // A cluster is listed under its first printing's speaker, or the first recognised one among its printings.
  const speakers = new Map<string, SpeakerQuotes>();
  for (const c of clusters) {
    const lead = c.find((p) => p.personId) ?? c.find((p) => p.speakerKey !== "none") ?? c[0]!;
    let group = speakers.get(lead.speakerKey);
    if (!group) speakers.set(lead.speakerKey, (group = { name: lead.speakerName, personId: lead.personId, quotes: [] }));
    group.quotes.push(quoteGroup(c));
  }
  return [...speakers.values()];
}

function quoteGroup(c: Printed[]): QuoteGroup {
  const first = c[0]!;
  return {
    printings: c.map((p, i) => ({
      articleId: p.articleId,
      text: p.text,
      speakerAsWritten: p.speakerAsWritten,
      diff: i === 0 || p.norms.join(" ") === first.norms.join(" ") ? null : wordDiff(first.text, p.text).b,
    })),
  };
}
