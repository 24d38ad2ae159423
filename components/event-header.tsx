import type { EventView } from "@/lib/data/event";
import type { DisplaySettings } from "@/lib/display/settings";
import { DisplayDate } from "./display-date";
import { DateBasisBadge } from "./date-basis-badge";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";

export function EventHeader({ event, display }: { event: EventView; display: DisplaySettings }) {
  return (
    <header>
      <p className="text-sm text-muted">{EVENT_KIND_LABELS[event.kind]}</p>
      <h1 className="mt-1 text-2xl font-bold leading-10 sm:text-3xl sm:leading-[3rem]">{event.title}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">التاريخ</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {event.date ? <DisplayDate date={event.date} dateEnd={event.dateEnd} display={display} /> : <span>غير معروف</span>}
          <DateBasisBadge basis={event.dateBasis} />
        </dd>
        {event.place && (
          <>
            <dt className="text-muted">المكان</dt>
            <dd>{event.place}</dd>
          </>
        )}
        {event.participants.length > 0 && (
          <>
            <dt className="text-muted">المشاركون</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3 gap-y-1" data-testid="participants">
                {event.participants.map((p) => (
                  <li key={p.id} data-person={p.id}>
                    {p.nameAr}
                    {p.nameLatin && (
                      <>
                        {" "}
                        <span className="text-muted" lang="en" dir="ltr">
                          ({p.nameLatin})
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
