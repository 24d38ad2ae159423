import Link from "next/link";
import { OutletName } from "./outlet-name";
import { UNKNOWN_OUTLET } from "@/lib/display/outlet";
import { titleText } from "@/lib/display/title";
import type { TimelineEvent } from "@/lib/data/timeline";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { DisplayDate } from "./display-date";
import { DateBasisBadge } from "./date-basis-badge";
import { EventKindIcon } from "./event-kind-icon";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { cardCoverage, moreArticlesLabel } from "@/lib/display/coverage";
import { formatNumber } from "@/lib/display/numbers";

export function EventCard({ event, display }: { event: TimelineEvent; display: DisplaySettings }) {
  const headingId = `event-${event.slug}`;
  // A card lists its first articles only (an event can have hundreds); its outlets stay complete.
  const coverage = cardCoverage(event.articles);
  const eventHref = withDisplayParams(`/events/${event.slug}`, display);
  return (
    <article aria-labelledby={headingId} data-event={event.slug} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        {event.date ? <DisplayDate date={event.date} dateEnd={event.dateEnd} display={display} /> : <span>بدون تاريخ</span>}
        <DateBasisBadge basis={event.dateBasis} />
        <span className="inline-flex items-center gap-1" data-kind={event.kind}>
          <EventKindIcon kind={event.kind} />
          {EVENT_KIND_LABELS[event.kind]}
        </span>
        {/* Not "· place": with Eastern digits a middle dot reads as a zero (٠). */}
        {event.place && <span>المكان: {event.place}</span>}
      </p>
      <h3 id={headingId} className="mt-2 text-lg font-semibold leading-8">
        <Link href={eventHref} className="text-ink underline-offset-4 hover:underline">
          {event.title}
        </Link>
      </h3>
      {event.participants.length > 0 && <p className="mt-1 text-sm text-muted">المشاركون: {event.participants.map((p) => p.nameAr).join("، ")}</p>}
      <ul className="mt-2 space-y-1" aria-label="التغطية">
        {coverage.shown.map((a) => (
          <li key={a.id} className="leading-7">
            <span className="text-muted">
              <OutletName outlet={a.outlet} />:{" "}
            </span>
            <Link href={withDisplayParams(`/articles/${a.id}`, display)} className="coverage-link">
              {titleText(a.title)}
            </Link>
          </li>
        ))}
      </ul>
      {coverage.more > 0 && (
        <>
          <p className="mt-1 text-sm">
            <Link href={eventHref} className="text-accent underline-offset-4 hover:underline">
              {moreArticlesLabel(coverage.more, formatNumber(coverage.more, display))}
            </Link>
          </p>
          <p className="mt-1 text-sm text-muted" data-testid="card-outlets">
            المصادر: {coverage.outlets.map((o) => `${o.name ?? UNKNOWN_OUTLET} (${formatNumber(o.articles, display)})`).join("، ")}
          </p>
        </>
      )}
    </article>
  );
}
