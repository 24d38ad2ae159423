// The comparison's URL: ?articles=<id>,<id>[,<id>]&s=<sentence id>&add=<title search>. Read and written
// by the toolkit (lib/params/view.ts), so a shared link reopens the same view. Order matters (the first
// article is the first column, at the right), repeats do not. Fewer than two articles is a valid state:
// the page then offers the picker.
import { idListParam, sentenceParam, textParam } from "./fields";
import { defineView, hrefWith, writeParams } from "./view";

export const MIN_ARTICLES = 2;
export const MAX_ARTICLES = 3;
/** The picker's title search (lib/data/compare.ts searches titles with it). */
export const MAX_TITLE_QUERY = 200;

export interface CompareSelection {
  /** Up to three distinct article ids, in column order. */
  articles: number[];
  /** The highlighted sentence (`${articleId}-${index}`), one of the selected articles'. */
  sentence?: string;
  /** The picker's title search. */
  add?: string;
}

export const compareView = defineView(
  {
    articles: idListParam(MAX_ARTICLES, "عدد المقالات المقارنة"),
    s: sentenceParam(),
    add: textParam(MAX_TITLE_QUERY, "نص البحث في العناوين"),
  },
  {
    checks: [{ param: "s", code: "BAD_SENTENCE", holds: (v) => !v.s || v.articles.includes(Number(v.s.split("-")[0])) }],
    read: ({ articles, s, add }): CompareSelection => ({ articles, ...(s ? { sentence: s } : {}), ...(add ? { add } : {}) }),
    unread: ({ articles, sentence, add }: CompareSelection) => ({ articles: [...new Set(articles)], s: sentence, add }),
  },
);

/** The canonical link: /compare?articles=1,2[,3][&s=1-4], ids in column order, no repeats. */
export function compareHref(selection: CompareSelection): string {
  return hrefWith("/compare", writeParams(compareView, selection));
}
