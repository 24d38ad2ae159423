import "server-only";
// Everything the timeline page (/) shows, read and laid out in one place so the page stays a template:
// the list (a page of events), the axis's marks in the resolved view for both drawings, the coverage chart's
// bins, colours under the lens, and every link the page offers (zoom, pan, lens, chart, brush templates).
import { getCoverage } from "../data/timeline-coverage";
import { getTimelineMarks } from "../data/timeline-marks";
import { getTimeline, type Timeline } from "../data/timeline";
import { UNKNOWN_COUNTRY } from "../data/timeline-where";
import { axisModel, type AxisModel } from "../display/axis/axis-model";
import type { AxisEvent, PlacedMark } from "../display/axis/marks";
import { countrySwatches, kindSwatch, rankSwatch, typeSwatch, type Swatch } from "../display/axis/palette";
import {
  addDays,
  firstDay,
  keepInView,
  lastDay,
  MAX_SPAN,
  MIN_SPAN,
  panView,
  resolveView,
  viewOf,
  windowOf,
  zoomView,
  type AxisView,
  type DayWindow,
} from "../display/axis/view-window";
import type { DisplaySettings } from "../display/settings";
import { countryLabel } from "../enums/country";
import { EVENT_KINDS, type EventKind } from "../enums/event-kind";
import { OUTLET_TYPE_LABELS } from "../enums/outlet-type";
import { COVERAGE_BINS, COVERAGE_STACKS, PAGE_SIZE, TIMELINE_LENSES, timelinePageHref, type CoverageBinUnit, type TimelinePage } from "../params/timeline";
import { coverageView, timelineApiView } from "../params/timeline";
import { hrefWith, writeParams } from "../params/view";
import type { Coverage } from "../data/timeline-coverage";
import { seriesLabeller, UNKNOWN_COUNTRY_LABEL } from "./coverage-series";

export interface TimelinePageModel {
  list: Timeline;
  view: AxisView;
  /** The URL's view showed no event and was moved to the nearest one that does. */
  moved: boolean;
  axes: { horizontal: AxisModel; vertical: AxisModel };
  coverage: Coverage;
  swatchOf: (mark: PlacedMark) => Swatch;
  seriesSwatch: (key: string, rank: number) => Swatch;
  seriesLabel: (key: string) => string;
  legend: { kinds: Array<{ kind: EventKind; swatch: Swatch }>; colours: Array<{ label: string; swatch: Swatch }> | null; title: string };
  links: {
    zoomIn: string | null;
    zoomOut: string | null;
    earlier: string;
    later: string;
    fit: string | null;
    lenses: Array<{ lens: TimelinePage["lens"]; href: string; current: boolean }>;
    stacks: Array<{ value: TimelinePage["stack"]; href: string; current: boolean }>;
    units: Array<{ value: CoverageBinUnit; href: string; current: boolean }>;
    data: { csv: string; json: string };
    templates: { view: string; brush: string; clear: string };
  };
  /** A link that zooms in on some days (a «+N» group). */
  zoomTo: (first: string, last: string) => string;
  /** Every month from the first event to the last (the date selects). */
  months: string[];
}

/** The chart's unit for a span: a bar a day up to four months, a week up to two years, else a month. */
export function autoUnit(span: number): CoverageBinUnit {
  return span <= 120 ? "day" : span <= 730 ? "week" : "month";
}

function monthsBetween(first: string | null, last: string | null): string[] {
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const end = last.slice(0, 7);
  for (let key = first.slice(0, 7); key <= end;) {
    out.push(key);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    key = `${y}-${String(m).padStart(2, "0")}`;
  }
  return out;
}

// Placeholders for the client's URL templates: values no real view can have, replaced by {span} and so on.
const TOKENS = { span: 9999991, at: "1001-01-01", from: "1002-02-02", to: "1003-03-03" };
const templated = (href: string) => href.replace(String(TOKENS.span), "{span}").replace(TOKENS.at, "{at}").replace(TOKENS.from, "{from}").replace(TOKENS.to, "{to}");

export async function timelinePage(page: TimelinePage, display: DisplaySettings): Promise<TimelinePageModel> {
  const { filters } = page;
  const [list, marks] = await Promise.all([getTimeline(filters, { page: page.page, pageSize: PAGE_SIZE }), getTimelineMarks(filters)]);
  const extent = marks.first && marks.last ? { first: marks.first, last: marks.last } : null;
  const { view, moved } = resolveView(page.axis, extent, { from: filters.from, to: filters.to });
  const window: DayWindow = windowOf(view);
  const unit = page.bin ?? autoUnit(view.span);
  const coverage = await getCoverage(filters, { unit, stack: page.stack, from: window.start, to: window.end });

  const brush = { from: filters.from, to: filters.to };
  const axes = {
    horizontal: axisModel("horizontal", marks.events, view, brush, display),
    vertical: axisModel("vertical", marks.events, view, brush, display),
  };

  // Colours: countries by their share of the coverage, the same on the axis, its legend and the chart.
  const countryOf = countrySwatches(
    list.facets.countries.map((c) => c.country),
    UNKNOWN_COUNTRY,
  );
  const swatchOf = (m: PlacedMark): Swatch =>
    page.lens === "country" ? countryOf(m.event.country) : page.lens === "type" ? typeSwatch(m.event.outletType) : kindSwatch(m.event.kind);
  const seriesSwatch = (key: string, rank: number): Swatch =>
    page.stack === "country" ? (key === "*" ? "tl-7" : countryOf(key)) : page.stack === "type" ? typeSwatch(key) : page.stack === "outlet" ? rankSwatch(rank) : "tl-accent";
  const countryName = (c: string) => countryLabel(c) ?? UNKNOWN_COUNTRY_LABEL;
  const seriesLabel = seriesLabeller(coverage);

  const kindsShown = new Set<EventKind>(marks.events.map((e: AxisEvent) => e.kind));
  const legendColours =
    page.lens === "country"
      ? [
          ...list.facets.countries
            .filter((c) => c.country !== UNKNOWN_COUNTRY)
            .slice(0, 8)
            .map((c) => ({ label: countryName(c.country), swatch: countryOf(c.country) })),
          { label: UNKNOWN_COUNTRY_LABEL, swatch: "tl-none" as Swatch },
        ]
      : page.lens === "type"
        ? list.facets.outletTypes.map((t) => ({ label: OUTLET_TYPE_LABELS[t.type], swatch: typeSwatch(t.type) }))
        : null;

  // Links: each is the canonical URL of the view it leads to.
  const at = (v: Partial<TimelinePage>) => timelinePageHref({ ...page, ...v }, display);
  const withView = (v: AxisView) => at({ axis: v });
  // Zooming with a range brushed keeps the range in sight (the reader chose it to look at).
  const keepBrush = (v: AxisView) => (filters.from && filters.to ? keepInView(v, firstDay(filters.from), lastDay(filters.to)) : v);
  const zoomTo = (first: string, last: string) => withView(viewOf({ start: addDays(first, -3), end: addDays(last, 3) }));
  const api = (path: string, viewOf: typeof coverageView | typeof timelineApiView, value: object) => hrefWith(path, writeParams(viewOf, value as never));
  const links: TimelinePageModel["links"] = {
    zoomIn: view.span > MIN_SPAN ? withView(keepBrush(zoomView(view, 2))) : null,
    zoomOut: view.span < MAX_SPAN ? withView(keepBrush(zoomView(view, 0.5))) : null,
    earlier: withView(panView(view, -0.5)),
    later: withView(panView(view, 0.5)),
    fit: page.axis.span || page.axis.at ? at({ axis: {} }) : null,
    lenses: TIMELINE_LENSES.map((lens) => ({ lens, href: at({ lens }), current: lens === page.lens })),
    stacks: COVERAGE_STACKS.map((stack) => ({ value: stack, href: at({ stack }), current: stack === page.stack })),
    // A unit is offered when it is not too fine for the span (the URL would refuse it).
    units: COVERAGE_BINS.filter((u) => u !== "day" || view.span <= 400)
      .filter((u) => u !== "week" || view.span <= 2800)
      .map((u) => ({ value: u, href: at({ bin: u, axis: page.axis.span ? page.axis : { span: view.span, at: view.at } }), current: u === unit })),
    data: {
      csv: api("/api/timeline/coverage/csv", coverageView, { filters, axis: view, stack: page.stack, bin: unit }),
      json: api("/api/timeline/coverage", coverageView, { filters, axis: view, stack: page.stack, bin: unit }),
    },
    templates: {
      view: templated(at({ axis: { span: TOKENS.span, at: TOKENS.at } })),
      brush: templated(at({ page: 1, axis: { span: TOKENS.span, at: TOKENS.at }, filters: { ...filters, from: TOKENS.from, to: TOKENS.to } })),
      clear: templated(at({ page: 1, axis: { span: TOKENS.span, at: TOKENS.at }, filters: { ...filters, from: undefined, to: undefined } })),
    },
  };
  return {
    list,
    view,
    moved,
    axes,
    coverage,
    swatchOf,
    seriesSwatch,
    seriesLabel,
    legend: {
      kinds: EVENT_KINDS.filter((k) => kindsShown.has(k)).map((kind) => ({ kind, swatch: page.lens === "kind" ? kindSwatch(kind) : "tl-none" })),
      colours: legendColours,
      title: page.lens === "country" ? "بلد أغلب التغطية" : "نوع مصدر أغلب التغطية",
    },
    links,
    zoomTo,
    months: monthsBetween(marks.first, marks.last),
  };
}
