// The one entry point: two or three articles in, a fully serialisable Comparison out (types.ts).
// Deterministic: the same articles in the same order give the same result.
import { alignColumns, type Link } from "./align";
import { sentenceFeatures } from "./features";
import { groupQuotes } from "./quotes";
import { splitSentences } from "./sentences";
import { articleShares, wireCopyVerdicts } from "./summary";
import { wordDiff } from "./word-diff";
import { wordingTable } from "./wording";
import { tokenize, type Token } from "../arabic/tokens";
import { KeyFolder, wordsOfTokens } from "./words";
import type { SentenceSpan } from "./sentences";
import type { AlignedPair, ComparedArticle, ComparedSentence, CompareInput, Comparison, Counterpart, SentenceClass } from "./types";

export type * from "./types";

const STRENGTH: Record<SentenceClass, number> = { identical: 3, near: 2, paraphrase: 1, unique: 0 };

export const sentenceId = (articleId: number, index: number) => `${articleId}-${index}`;

export function compareArticles(inputs: readonly CompareInput[]): Comparison {
  if (inputs.length < 2 || inputs.length > 3) throw new RangeError("compareArticles takes two or three articles");
  const spans = inputs.map((a) => splitSentences(a.body));
  // Each body is read into words once: the clitic vocabulary, the sentences and the contested terms share them.
  const tokens = inputs.map((a) => tokenize(a.body));
  const folder = new KeyFolder(tokens);
  const links = alignColumns(spans.map((list, column) => tokensBySentence(list, tokens[column]!).map((t, i) => sentenceFeatures(column, list[i]!, wordsOfTokens(t, folder)))));

  const sentences: ComparedSentence[][] = spans.map((list, column) =>
    list.map((s) => ({ id: sentenceId(inputs[column]!.id, s.index), articleId: inputs[column]!.id, ...s, class: "unique" as SentenceClass, counterparts: [] as Counterpart[] })),
  );
  const pairs = links.map((l) => toPair(l, sentences));
  for (const [i, l] of links.entries()) {
    const a = sentences[l.a.column]![l.a.index]!;
    const b = sentences[l.b.column]![l.b.index]!;
    a.counterparts.push({ sentenceId: b.id, articleId: b.articleId, kind: l.kind, similarity: l.similarity, pair: i });
    b.counterparts.push({ sentenceId: a.id, articleId: a.articleId, kind: l.kind, similarity: l.similarity, pair: i });
  }
  for (const s of sentences.flat()) {
    s.counterparts.sort((x, y) => STRENGTH[y.kind] - STRENGTH[x.kind] || y.similarity - x.similarity || x.pair - y.pair);
    if (s.counterparts[0]) s.class = s.counterparts[0].kind;
  }

  const articles: ComparedArticle[] = inputs.map((a, column) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    outletCountry: a.outletCountry ?? null,
    outletVerified: a.outletVerified ?? true,
    publishedAt: a.publishedAt,
    dateBasis: a.dateBasis,
    datelineCity: a.datelineCity,
    datelineAgency: a.datelineAgency,
    sentences: sentences[column]!,
    classCounts: countClasses(sentences[column]!),
  }));
  return {
    articles,
    pairs,
    summary: { shares: articleShares(articles, inputs), speakers: groupQuotes(inputs), wireCopy: wireCopyVerdicts(articles) },
    wording: wordingTable(inputs.map((a, column) => ({ text: a.body, tokens: tokens[column]! }))),
  };
}

function toPair(l: Link, sentences: ComparedSentence[][]): AlignedPair {
  const a = sentences[l.a.column]![l.a.index]!;
  const b = sentences[l.b.column]![l.b.index]!;
  return { a: a.id, b: b.id, aArticleId: a.articleId, bArticleId: b.articleId, kind: l.kind, similarity: l.similarity, diff: l.kind === "near" ? wordDiff(a.text, b.text) : null };
}

function countClasses(list: readonly ComparedSentence[]): Record<SentenceClass, number> {
  const counts: Record<SentenceClass, number> = { identical: 0, near: 0, paraphrase: 0, unique: 0 };
  for (const s of list) counts[s.class]++;
  return counts;
}

/** The tokens of a body cut by sentence (both in body order). */
function tokensBySentence(spans: readonly SentenceSpan[], tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let k = 0;
  for (const s of spans) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.end <= s.end) k++;
    out.push(tokens.slice(from, k));
  }
  return out;
}
