import Link from "next/link";
import type { EventHit } from "@/lib/data/search-events";
import type { DisplaySettings } from "@/lib/display/settings";
import { formatNumber } from "@/lib/display/numbers";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { DisplayDate } from "../display-date";
import { EventKindIcon } from "../event-kind-icon";

/** Timeline events matching the query, listed above the articles: a named meeting lands on its event first. */
export function SearchEvents({ events, settings }: { events: EventHit[]; settings: DisplaySettings }) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="event-hits" className="mt-4 rounded-lg border border-accent/30 p-4" data-testid="search-events">
      <h2 id="event-hits" className="font-bold">
        أحداث تطابق البحث
      </h2>
      <ul className="mt-2 space-y-2">
        {events.map((e) => (
          <li key={e.slug} data-event={e.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <EventKindIcon kind={e.kind} />
            <Link href={`/events/${e.slug}`} className="font-semibold text-accent underline-offset-4 hover:underline">
              {e.title}
            </Link>
            <span className="text-sm text-muted">{EVENT_KIND_LABELS[e.kind]}</span>
            {e.date && (
              <span className="text-sm text-muted">
                <DisplayDate date={e.date} dateEnd={e.dateEnd} display={settings} />
              </span>
            )}
            {e.place && <span className="text-sm text-muted">{e.place}</span>}
            <span className="text-sm text-muted" data-testid="event-coverage">
              {formatNumber(e.articles, settings)} مقال
            </span>
            {e.matched < e.of && <span className="rounded-full border border-amber-700/40 px-2 text-xs text-amber-900 dark:text-amber-200">مطابقة جزئية</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
