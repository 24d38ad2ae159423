// One drawing of the timeline's axis, rendered on the server as SVG: labels, storyline bands, the brush,
// event marks (links to the events, named for screen readers) and «+N» groups (links that zoom in). It is
// complete without JavaScript; the enhancer inside it (axis-enhancer.tsx) adds zoom, pan, brush and keys.
import type { DisplaySettings } from "@/lib/display/settings";
import { formatShortDate } from "@/lib/display/dates";
import { ARTICLES, countLabel, EVENTS } from "@/lib/display/counts";
import { formatNumber } from "@/lib/display/numbers";
import type { PlacedMark } from "@/lib/display/axis/marks";
import { AxisEnhancer, type AxisTemplates } from "./axis-enhancer";
import { isVisible, type AxisModel } from "@/lib/display/axis/axis-model";
import { markPath } from "@/lib/display/axis/mark-symbol";
import type { Swatch } from "@/lib/display/axis/palette";

export interface TimeAxisProps {
  model: AxisModel;
  display: DisplaySettings;
  /** The colour of an event's mark under the page's lens. */
  swatchOf: (mark: PlacedMark) => Swatch;
  eventHref: (slug: string) => string;
  /** A link that zooms in on the days from `first` to `last`. */
  zoomHref: (first: string, last: string) => string;
  templates: AxisTemplates;
  hasBrush: boolean;
  label: string;
  className?: string;
}

/** «لقاء كيري ولافروف في لوزان، 15 أكتوبر 2016، 7 مقالات» */
export function markName(mark: PlacedMark, display: DisplaySettings): string {
  const e = mark.event;
  const when = e.dateEnd && e.dateEnd !== e.date ? `${formatShortDate(e.date, display)} – ${formatShortDate(e.dateEnd, display)}` : formatShortDate(e.date, display);
  return `${e.title}، ${when}، ${countLabel(e.articles, ARTICLES, display)}`;
}

export function TimeAxis({ model, display, swatchOf, eventHref, zoomHref, templates, hasBrush, label, className }: TimeAxisProps) {
  const { geometry: g, orientation, ticks, layout, bands } = model;
  const horizontal = orientation === "horizontal";
  const suffix = horizontal ? "h" : "v";
  // Along time / across time, written once for both drawings.
  const at = (along: number, across: number) => (horizontal ? `translate(${along},${across})` : `translate(${across},${along})`);
  const rect = (a0: number, a1: number, c0: number, c1: number) =>
    horizontal ? { x: a0, width: Math.max(0, a1 - a0), y: c0, height: c1 - c0 } : { y: a0, height: Math.max(0, a1 - a0), x: c0, width: c1 - c0 };
  const line = (a: number, c0: number, c1: number) => (horizontal ? { x1: a, x2: a, y1: c0, y2: c1 } : { y1: a, y2: a, x1: c0, x2: c1 });
  const across = horizontal ? [0, g.height] : [g.width, 0];
  const visibleMarks = layout.marks.filter((m) => isVisible(model, m.pos));
  const focusFirst = visibleMarks[0]?.event.slug;
  const first = formatShortDate(model.window.start, display);
  const last = formatShortDate(model.window.end, display);
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      width={g.width}
      height={g.height}
      className={`tl-axis h-auto w-full select-none ${className ?? ""}`}
      role="group"
      aria-label={`${label}: من ${first} إلى ${last}، ${countLabel(visibleMarks.length, EVENTS, display)} ظاهرة`}
      aria-describedby="axis-help"
      data-axis={orientation}
      data-testid={`axis-${orientation}`}
    >
      <defs>
        <clipPath id={`axis-clip-${suffix}`}>
          <rect {...rect(0, g.frame.length, -1000, 3000)} />
        </clipPath>
      </defs>
      <g data-ticks="" aria-hidden="true" className="fill-muted">
        {ticks.context.map((t) => (
          <g key={`c-${t.date}`}>
            <line {...line(t.pos, across[0]!, horizontal ? g.brushStrip[1] : 0)} className="stroke-ink/15" />
            <text
              {...(horizontal ? { x: t.pos - 5, y: g.contextAt } : { x: g.contextAt, y: t.pos + 17 })}
              fontSize={g.fontSize.context}
              className="fill-ink font-bold"
              textAnchor="start"
              data-tick="context"
            >
              {t.label}
            </text>
          </g>
        ))}
        {ticks.detail.map((t) => (
          <g key={`d-${t.date}`}>
            <line {...line(t.pos, g.line - 4, g.line + 4)} className="stroke-ink/50" />
            <text
              {...(horizontal ? { x: t.pos, y: g.detailAt, textAnchor: "middle" } : { x: g.detailAt, y: t.pos + 5, textAnchor: "start" })}
              fontSize={g.fontSize.detail}
              data-tick={ticks.detailUnit}
            >
              {t.label}
            </text>
          </g>
        ))}
      </g>
      <line {...(horizontal ? { x1: 0, x2: g.width, y1: g.line, y2: g.line } : { x1: g.line, x2: g.line, y1: 0, y2: g.height })} className="stroke-ink/60" strokeWidth={1.5} />
      <g clipPath={`url(#axis-clip-${suffix})`}>
        <g aria-hidden="true" data-bands="">
          {bands.map((b) => (
            <rect
              key={b.key}
              {...rect(b.from, b.to, g.bandsAt[b.row]! - 3, g.bandsAt[b.row]! + 3)}
              rx={3}
              className="fill-accent/45"
              data-band={b.key}
              data-from={b.from}
              data-to={b.to}
            >
              <title>{`جولة من ${countLabel(b.events, EVENTS, display)}، ${formatShortDate(b.first, display)} – ${formatShortDate(b.last, display)}: ${b.lead.title}`}</title>
            </rect>
          ))}
        </g>
        {model.brush && (
          <rect
            {...rect(model.brush[0], model.brush[1], horizontal ? g.line : g.brushStrip[0], horizontal ? g.brushStrip[1] : g.line)}
            className="fill-accent/10 stroke-accent"
            strokeDasharray="4 3"
            data-brush=""
            data-from={model.brush[0]}
            data-to={model.brush[1]}
            aria-hidden="true"
          />
        )}
        <g data-marks="">
          {layout.marks.map((m) => {
            const shown = isVisible(model, m.pos);
            const lane = g.lanesAt[m.lane]!;
            return (
              <g key={m.event.slug} transform={at(m.pos, lane)} data-pos={m.pos} data-lane={lane}>
                <a
                  href={eventHref(m.event.slug)}
                  aria-label={shown ? markName(m, display) : undefined}
                  aria-hidden={shown ? undefined : true}
                  tabIndex={m.event.slug === focusFirst ? 0 : -1}
                  className="tl-mark"
                  data-mark={m.event.slug}
                  data-kind={m.event.kind}
                  data-day={m.event.date}
                >
                  {m.span && (
                    <line
                      {...(horizontal ? { x1: m.span[0] - m.pos, x2: m.span[1] - m.pos, y1: 0, y2: 0 } : { y1: m.span[0] - m.pos, y2: m.span[1] - m.pos, x1: 0, x2: 0 })}
                      className="stroke-ink/40"
                      strokeWidth={3}
                      data-span={`${m.span[0] - m.pos},${m.span[1] - m.pos}`}
                    />
                  )}
                  <circle r={13} className="fill-transparent" />
                  <path d={markPath(m.event.kind, m.radius)} className={`tl-shape ${swatchOf(m)}`} />
                  {shown && <title>{markName(m, display)}</title>}
                </a>
              </g>
            );
          })}
        </g>
        <g data-groups="">
          {layout.groups.map((grp) => (
            <g key={`${grp.first}-${grp.pos}`} transform={at(grp.pos, g.groupsAt)} data-pos={grp.pos} data-lane={g.groupsAt}>
              <a
                href={zoomHref(grp.first, grp.last)}
                aria-label={`${countLabel(grp.count, EVENTS, display)} أخرى، ${formatShortDate(grp.first, display)} – ${formatShortDate(grp.last, display)}: تكبير`}
                aria-hidden={isVisible(model, grp.pos) ? undefined : true}
                tabIndex={-1}
                className="tl-group"
                data-group=""
              >
                <circle r={12} className="fill-paper stroke-ink/40" />
                {/* Left to right, or a right-to-left page would draw «1+». */}
                <text textAnchor="middle" dy="0.35em" fontSize={11} className="fill-ink" direction="ltr">
                  {`+${formatNumber(grp.count, display)}`}
                </text>
              </a>
            </g>
          ))}
        </g>
      </g>
      <AxisEnhancer
        orientation={orientation}
        view={model.view}
        geometry={{
          ...g.frame,
          line: g.line,
          contextAt: g.contextAt,
          detailAt: g.detailAt,
          brushStrip: g.brushStrip,
          across: horizontal ? g.height : g.width,
          fontSize: g.fontSize,
        }}
        templates={templates}
        hasBrush={hasBrush}
        display={display}
      />
    </svg>
  );
}
