// The event's round: the other events of its storyline (calls before a deal, the deal, the meeting after),
// in date order with this one in its place, and the reference chronology's entry it was matched to.
import Link from "next/link";
import type { EventView } from "@/lib/data/event";
import { ARTICLES, countLabel } from "@/lib/display/counts";
import { formatShortDate } from "@/lib/display/dates";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { EventKindIcon } from "./event-kind-icon";

export function EventStoryline({ event, display }: { event: EventView; display: DisplaySettings }) {
  if (event.storyline.length === 0 && !event.chronology) return null;
  return (
    <section aria-labelledby="storyline" className="mt-8" data-testid="storyline">
      <h2 id="storyline" className="text-lg font-bold">
        في الجولة نفسها
      </h2>
      {event.storyline.length > 0 && (
        <ol className="mt-3 space-y-2 border-s-2 border-accent/40 ps-4">
          {event.storyline.map((e) => (
            <li key={e.slug} aria-current={e.current ? "true" : undefined} className={e.current ? "font-semibold" : ""}>
              <span className="inline-flex items-center gap-1 text-sm text-muted">
                <EventKindIcon kind={e.kind} />
                {EVENT_KIND_LABELS[e.kind]}
                {e.date && ` — ${formatShortDate(e.date, display)}`}
              </span>
              <br />
              {e.current ? (
                <span>{e.title} (هذا الحدث)</span>
              ) : (
                <Link href={withDisplayParams(`/events/${e.slug}`, display)} className="text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent">
                  {e.title}
                </Link>
              )}{" "}
              <span className="text-sm text-muted">({countLabel(e.articles, ARTICLES, display)})</span>
            </li>
          ))}
        </ol>
      )}
      {event.chronology && (
        <p className="mt-3 text-sm" data-testid="chronology-entry">
          <span className="text-muted">في التسلسل المرجعي: </span>
          {event.chronology.titleAr} ({formatShortDate(event.chronology.date, display)})
          {event.chronology.sources.length > 0 && (
            <>
              {" — "}
              {event.chronology.sources.slice(0, 3).map((url, i) => (
                <span key={url}>
                  {i > 0 && "، "}
                  <a href={url} className="text-accent underline underline-offset-4" rel="noreferrer noopener external" dir="ltr">
                    {`المصدر ${i + 1}`}
                  </a>
                </span>
              ))}
            </>
          )}
        </p>
      )}
    </section>
  );
}
