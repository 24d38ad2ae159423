import Link from "next/link";
import { OutletName } from "./outlet-name";
import { titleText } from "@/lib/display/title";
import type { EventView } from "@/lib/data/event";
import { formatNumber } from "@/lib/display/numbers";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { DisplayDate } from "./display-date";
import { DateBasisBadge } from "./date-basis-badge";

/** Every article covering the event, in publication order (undated last), with where it came from. */
export function EventCoverage({ articles, display }: { articles: EventView["articles"]; display: DisplaySettings }) {
  return (
    <section aria-labelledby="coverage" className="mt-8">
      <h2 id="coverage" className="text-lg font-bold">
        التغطية <span className="text-base font-normal text-muted">({formatNumber(articles.length, display)})</span>
      </h2>
      <ol className="mt-3 space-y-3" aria-labelledby="coverage" data-testid="coverage">
        {articles.map((a) => (
          <li key={a.id} data-article={a.id} className="rounded-lg border border-black/10 p-3 dark:border-white/15">
            <p className="text-sm text-muted">
              <OutletName outlet={a.outlet} />
            </p>
            <Link href={withDisplayParams(`/articles/${a.id}`, display)} className="mt-1 block font-semibold leading-8 text-accent underline-offset-4 hover:underline">
              {titleText(a.title)}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              {a.publishedAt ? <DisplayDate date={a.publishedAt} display={display} /> : <span>تاريخ النشر غير معروف</span>}
              <DateBasisBadge basis={a.dateBasis} />
            </p>
            <p className="mt-1 text-xs text-muted">
              الملف المصدر:{" "}
              <code dir="ltr" className="break-all">
                {a.sourceFile}
              </code>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
