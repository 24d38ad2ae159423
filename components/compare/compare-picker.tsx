import Link from "next/link";
import { UNKNOWN_OUTLET } from "@/lib/display/outlet";
import { titleText } from "@/lib/display/title";
import { compareHref, MAX_ARTICLES } from "@/lib/params/compare";
import type { ArticleTitleHit } from "@/lib/data/compare";
import { formatArabicDate } from "@/lib/display/dates";
import { displayParams, isDefaultDisplay, withDisplayParams, type DisplaySettings } from "@/lib/display/settings";

interface Props {
  /** The articles already chosen, in column order. */
  articles: number[];
  /** The title search typed into the picker (?add=), if any. */
  query: string;
  hits: ArticleTitleHit[];
  settings: DisplaySettings;
}

/**
 * "Add an article": a plain GET form (works without JavaScript) whose results, found on the server by
 * title, are links to the comparison with that article added as the last column.
 */
export function ComparePicker({ articles, query, hits, settings }: Props) {
  if (articles.length >= MAX_ARTICLES) return null;
  return (
    <section aria-labelledby="picker-title" className="mt-6 rounded-lg border border-black/10 p-3 dark:border-white/15" data-testid="picker">
      <h2 id="picker-title" className="text-base font-bold">
        أضف مقالًا إلى المقارنة
      </h2>
      <form action="/compare" method="get" role="search" className="mt-2 flex flex-wrap items-end gap-2">
        {articles.length > 0 && <input type="hidden" name="articles" value={articles.join(",")} />}
        {!isDefaultDisplay(settings) && Object.entries(displayParams(settings)).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
          ابحث في عناوين المقالات
          <input
            type="search"
            name="add"
            defaultValue={query}
            maxLength={200}
            className="rounded border border-black/25 bg-paper px-2 py-1 text-base text-ink dark:border-white/30"
          />
        </label>
        <button type="submit" className="rounded border border-accent px-3 py-1 text-accent">
          بحث
        </button>
      </form>
      {query && (
        <div className="mt-3" role="status">
          {hits.length === 0 ? (
            <p className="text-muted">لا مقالات بعنوان يطابق «{query}».</p>
          ) : (
            <ul className="space-y-2" aria-label="نتائج البحث">
              {hits.map((h) => (
                <li key={h.id} className="flex flex-wrap items-baseline gap-x-3">
                  <Link
                    href={withDisplayParams(compareHref({ articles: [...articles, h.id] }), settings)}
                    className="rounded border border-accent px-2 text-sm text-accent"
                    aria-label={`أضف: ${titleText(h.title)}`}
                  >
                    أضف
                  </Link>
                  <span>{titleText(h.title)}</span>
                  <span className="text-sm text-muted">
                    {h.outletName ?? UNKNOWN_OUTLET}
                    {h.publishedAt ? `، ${formatArabicDate(h.publishedAt, settings)}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
