import Link from "next/link";
import { titleText } from "@/lib/display/title";
import type { SearchHit } from "@/lib/data/search";
import type { DisplaySettings } from "@/lib/display/settings";
import { paragraphAnchor } from "@/lib/search/passage";
import { DateBasisBadge } from "../date-basis-badge";
import { DisplayDate } from "../display-date";
import { Highlighted } from "./highlighted";

/** One page of hits: each title links to the article at the paragraph holding the snippet. */
export function SearchResults({ hits, settings, firstIndex }: { hits: SearchHit[]; settings: DisplaySettings; firstIndex: number }) {
  return (
    <ol className="mt-4 space-y-6" data-testid="search-results" start={firstIndex}>
      {hits.map((h) => (
        <li key={h.articleId} data-article={h.articleId}>
          <article>
            <h2 className="text-lg font-bold leading-8">
              <Link href={`/articles/${h.articleId}#${paragraphAnchor(h.paragraph)}`} className="text-accent underline-offset-4 hover:underline">
                {h.title.trim() ? <Highlighted segments={h.titleSegments} /> : titleText(h.title)}
              </Link>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
              <span data-testid="hit-outlet">{h.outlet?.nameAr ?? "مصدر غير معروف"}</span>
              {h.date ? (
                <span className="flex flex-wrap gap-x-2">
                  <DisplayDate date={h.date} display={settings} />
                </span>
              ) : (
                <span>بلا تاريخ</span>
              )}
              <DateBasisBadge basis={h.dateBasis} />
            </p>
            <p className="mt-2 leading-8" data-testid="snippet">
              {h.snippet.before && "… "}
              <Highlighted segments={h.snippet.segments} />
              {h.snippet.after && " …"}
            </p>
            <p className="mt-1 text-xs text-muted">
              الملف:{" "}
              <code dir="ltr" className="font-mono" data-testid="source-file">
                {h.sourceFile}
              </code>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
