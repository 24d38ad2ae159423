import type { TimelineEvent } from "@/lib/data/timeline";
import { formatArabicMonth } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import { EventCard } from "./event-card";

function groupByMonth(events: TimelineEvent[]): Array<{ month: string; events: TimelineEvent[] }> {
  const groups: Array<{ month: string; events: TimelineEvent[] }> = [];
  for (const e of events) {
    const month = e.date!.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.events.push(e);
    else groups.push({ month, events: [e] });
  }
  return groups;
}

export function TimelineList({ dated, undated, display }: { dated: TimelineEvent[]; undated: TimelineEvent[]; display: DisplaySettings }) {
  return (
    <div className="mt-6 space-y-8">
      {groupByMonth(dated).map((g) => (
        <section key={g.month} aria-labelledby={`month-${g.month}`}>
          <h2 id={`month-${g.month}`} className="sticky top-0 bg-paper py-1 text-lg font-bold text-accent">
            {formatArabicMonth(`${g.month}-01`, display)}
          </h2>
          <ol className="mt-3 space-y-4 border-s-2 border-accent/30 ps-4">
            {g.events.map((e) => (
              <li key={e.slug}>
                <EventCard event={e} display={display} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {undated.length > 0 && (
        <section aria-labelledby="undated" data-testid="undated">
          <h2 id="undated" className="text-lg font-bold">
            بدون تاريخ
          </h2>
          <p className="text-sm text-muted">مقالات لم يُعرف تاريخ نشرها من النص، ولم يُخمَّن لها تاريخ.</p>
          <ul className="mt-3 space-y-4">
            {undated.map((e) => (
              <li key={e.slug}>
                <EventCard event={e} display={display} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * «السابق / التالي» between pages of the timeline, as plain links (rel=prev/next) that keep the filters.
 * Nothing is shown when everything fits on one page.
 */
export function Pager({ page, pages, hrefOf, display }: { page: number; pages: number; hrefOf: (page: number) => string; display: DisplaySettings }) {
  if (pages <= 1) return null;
  const link = "rounded border border-black/20 px-3 py-1 text-accent hover:bg-accent/10 dark:border-white/25";
  return (
    <nav aria-label="صفحات الخط الزمني" className="mt-8 flex items-center justify-between gap-3 text-sm" data-testid="pager">
      {page > 1 ? (
        <a href={hrefOf(Math.min(page - 1, pages))} rel="prev" className={link}>
          السابق
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        الصفحة {formatNumber(page, display)} من {formatNumber(pages, display)}
      </span>
      {page < pages ? (
        <a href={hrefOf(page + 1)} rel="next" className={link}>
          التالي
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
