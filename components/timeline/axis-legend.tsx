// What the axis's shapes and colours mean: a shape per kind of event, and the colours of the page's lens
// (the kind, or the country or type of most of an event's coverage), with the storyline band and the brush.
import { EVENT_KIND_LABELS, type EventKind } from "@/lib/enums/event-kind";
import { markPath } from "@/lib/display/axis/mark-symbol";
import type { Swatch } from "@/lib/display/axis/palette";

export interface LegendEntry {
  label: string;
  swatch: Swatch;
}

function Shape({ kind, swatch }: { kind: EventKind; swatch: Swatch }) {
  return (
    <svg viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true" focusable="false" className="shrink-0">
      <path d={markPath(kind, 6.5)} className={`tl-shape ${swatch}`} />
    </svg>
  );
}

function Dot({ swatch }: { swatch: Swatch }) {
  return (
    <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false" className="shrink-0">
      <rect width="14" height="14" rx="3" className={`tl-shape ${swatch}`} />
    </svg>
  );
}

export function AxisLegend({ kinds, colours, colourTitle }: { kinds: Array<{ kind: EventKind; swatch: Swatch }>; colours: LegendEntry[] | null; colourTitle: string }) {
  return (
    <div className="mt-2 space-y-1 text-xs text-muted" data-testid="axis-legend">
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="أشكال الأحداث">
        {kinds.map(({ kind, swatch }) => (
          <li key={kind} className="inline-flex items-center gap-1">
            <Shape kind={kind} swatch={swatch} />
            {EVENT_KIND_LABELS[kind]}
          </li>
        ))}
        <li className="inline-flex items-center gap-1">
          <svg viewBox="0 0 24 8" width="24" height="8" aria-hidden="true" focusable="false">
            <rect width="24" height="6" y="1" rx="3" className="fill-accent/45" />
          </svg>
          جولة واحدة (أحداث مترابطة)
        </li>
      </ul>
      {colours && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={colourTitle}>
          <li className="font-semibold">{colourTitle}:</li>
          {colours.map((c) => (
            <li key={c.label} className="inline-flex items-center gap-1">
              <Dot swatch={c.swatch} />
              {c.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
