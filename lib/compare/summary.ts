// The summary panel's figures: how much each article shares, what only it carries, and which pairs
// are likely the same agency copy. Pure: works on the aligned sentences.
import { WIRE_COPY_MIN_SHARE } from "./thresholds";
import type { ArticleShare, ComparedArticle, CompareInput, WireCopyVerdict } from "./types";

export function articleShares(articles: readonly ComparedArticle[], inputs: readonly CompareInput[]): ArticleShare[] {
  return articles.map((a, column) => {
    const total = a.sentences.length;
    const linked = a.sentences.filter((s) => s.counterparts.length > 0).length;
    const others = inputs.filter((_, c) => c !== column);
    return {
      articleId: a.id,
      shared: total ? linked / total : 0,
      sharedWith: others.map((o) => ({
        articleId: o.id,
        shared: total ? a.sentences.filter((s) => s.counterparts.some((c) => c.articleId === o.id)).length / total : 0,
      })),
      uniqueSentenceIds: a.sentences.filter((s) => s.class === "unique").map((s) => s.id),
      onlyPeople: onlyHere(
        inputs[column]!.people,
        others.map((o) => o.people),
      ),
      onlyPlaces: onlyHere(
        inputs[column]!.places,
        others.map((o) => o.places),
      ),
    };
  });
}

/** Entities of one article that none of the others names. */
function onlyHere<T extends { id: string }>(mine: readonly T[], theirs: ReadonlyArray<readonly T[]>): T[] {
  const elsewhere = new Set(theirs.flatMap((list) => list.map((e) => e.id)));
  return mine.filter((e) => !elsewhere.has(e.id));
}

/** For every pair of articles: the share of the shorter one's sentences that are identical or near to the other's. */
export function wireCopyVerdicts(articles: readonly ComparedArticle[]): WireCopyVerdict[] {
  const out: WireCopyVerdict[] = [];
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const copied = (x: ComparedArticle, other: number) =>
        x.sentences.filter((s) => s.counterparts.some((c) => c.articleId === other && (c.kind === "identical" || c.kind === "near"))).length;
      const shorter = a.sentences.length <= b.sentences.length ? a : b;
      const sharedShare = shorter.sentences.length ? copied(shorter, shorter === a ? b.id : a.id) / shorter.sentences.length : 0;
      out.push({ a: a.id, b: b.id, sharedShare, likelySameCopy: sharedShare >= WIRE_COPY_MIN_SHARE, agencies: [a.datelineAgency, b.datelineAgency] });
    }
  return out;
}
