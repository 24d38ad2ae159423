// What an event card shows of its coverage: the first few articles, a count of the rest, and every
// outlet with its number of articles (complete even when the list is cut). Pure: no React.

/** Articles listed on a timeline card; the event's page lists them all. */
export const CARD_ARTICLES = 5;

export interface CardArticle {
  id: number;
  outletName: string | null;
}

export interface CardCoverage<A extends CardArticle> {
  shown: A[];
  /** How many articles the card leaves to the event's page. */
  more: number;
  /** Every outlet of the event, most articles first (ties by name), unknown outlets as null. */
  outlets: Array<{ name: string | null; articles: number }>;
}

export function cardCoverage<A extends CardArticle>(articles: A[], limit = CARD_ARTICLES): CardCoverage<A> {
  const counts = new Map<string | null, number>();
  for (const a of articles) counts.set(a.outletName, (counts.get(a.outletName) ?? 0) + 1);
  const outlets = [...counts].map(([name, n]) => ({ name, articles: n }));
  outlets.sort((x, y) => y.articles - x.articles || (x.name ?? "\uffff").localeCompare(y.name ?? "\uffff", "ar"));
  return { shown: articles.slice(0, limit), more: Math.max(0, articles.length - limit), outlets };
}

/** «و N مقالات أخرى» with Arabic number agreement; `n` is the already formatted number. */
export function moreArticlesLabel(count: number, n: string): string {
  if (count === 1) return "ومقال آخر";
  if (count === 2) return "ومقالان آخران";
  const mod = count % 100;
  return mod >= 3 && mod <= 10 ? `و${n} مقالات أخرى` : `و${n} مقالًا آخر`;
}
