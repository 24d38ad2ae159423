// Which days the timeline's axis shows: a span of days around a centre day, as a URL carries them
// (?span=90&at=2016-09-09). Zooming divides the span, panning moves the centre; every result stays
// within the bounds, so any link opens a drawable view. Pure: whole days as ISO strings.
import { utcDay } from "d3-time";
import { dateOfDay, dayOfDate, type DayWindow } from "./time-scale";

/** The narrowest view: two weeks (days are readable); the widest: twenty years. */
export const MIN_SPAN = 14;
export const MAX_SPAN = 7305;

export type { DayWindow };

/** The axis view as the URL holds it. */
export interface AxisView {
  span: number;
  at: string;
}

/** The first and last day of a YYYY-MM-DD or YYYY-MM value (a month counts whole). */
export const firstDay = (v: string): string => (v.length === 7 ? `${v}-01` : v);
export const lastDay = (v: string): string => (v.length === 7 ? addDays(`${firstDay(addMonth(v))}`, -1) : v);
const addMonth = (month: string): string => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

export const clampSpan = (span: number): number => Math.min(MAX_SPAN, Math.max(MIN_SPAN, Math.round(span)));

export const addDays = (iso: string, days: number): string => dayOfDate(utcDay.offset(dateOfDay(iso), days));

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string): number => utcDay.count(dateOfDay(a), dateOfDay(b));

export function windowOf(view: AxisView): DayWindow {
  const span = clampSpan(view.span);
  const start = addDays(view.at, -Math.floor(span / 2));
  return { start, end: addDays(start, span - 1) };
}

export function viewOf(window: DayWindow): AxisView {
  const span = clampSpan(daysBetween(window.start, window.end) + 1);
  return { span, at: addDays(window.start, Math.floor(span / 2)) };
}

/** A view that shows every day from `first` to `last` with a margin of a twentieth on each side. */
export function fitView(first: string, last: string): AxisView {
  const days = daysBetween(first, last) + 1;
  const span = clampSpan(Math.ceil(days * 1.1) + 2);
  return { span, at: addDays(first, Math.floor(days / 2)) };
}

/** Zoomed in (factor > 1) or out (< 1) about the centre. */
export const zoomView = (view: AxisView, factor: number): AxisView => ({ span: clampSpan(view.span / factor), at: view.at });

/** Moved by a fraction of the span: positive towards later days. */
export const panView = (view: AxisView, fraction: number): AxisView => ({ span: view.span, at: addDays(view.at, Math.round(view.span * fraction)) });

/**
 * The nearest view that shows some of the days from `first` to `last` (the coverage), or the view itself
 * when it already does: a stale or hand-edited link that points far from any event still opens on events.
 */
export function nearestCovering(view: AxisView, first: string, last: string): { view: AxisView; moved: boolean } {
  const w = windowOf(view);
  if (w.end >= first && w.start <= last) return { view, moved: false };
  const span = clampSpan(view.span);
  const half = Math.floor(span / 2);
  // The smallest move that brings the coverage's near end just inside the window.
  const at = w.end < first ? addDays(first, half - (span - 1)) : addDays(last, half);
  return { view: { span, at }, moved: true };
}

/**
 * The view moved as little as it takes to show every day from `first` to `last` (a brushed range) when it
 * is wide enough to, else centred on them: zooming in with a range chosen keeps the range in sight.
 */
export function keepInView(view: AxisView, first: string, last: string): AxisView {
  const w = windowOf(view);
  if (w.start <= first && last <= w.end) return view;
  const span = clampSpan(view.span);
  if (daysBetween(first, last) + 1 > span) return { span, at: addDays(first, Math.floor(daysBetween(first, last) / 2)) };
  const shift = first < w.start ? daysBetween(w.start, first) : daysBetween(w.end, last);
  return { span, at: addDays(view.at, shift) };
}

/** What the URL says about the view; any part may be absent. */
export interface ViewParams {
  span?: number;
  at?: string;
}

/**
 * The view a page draws: the URL's span and centre when it gives them; a missing centre is the middle of
 * the brush (from/to) or of the events, a missing span fits the brush or the events. A view that shows
 * none of the events is moved to the nearest one that does (`moved`, for the reader's notice).
 */
export function resolveView(params: ViewParams, extent: { first: string; last: string } | null, brush: { from?: string; to?: string } = {}): { view: AxisView; moved: boolean } {
  const focus = brush.from && brush.to ? { first: firstDay(brush.from), last: lastDay(brush.to) } : extent;
  const fitted = focus ? fitView(focus.first, focus.last) : fitView(TODAY_FALLBACK, TODAY_FALLBACK);
  const view: AxisView = { span: params.span ? clampSpan(params.span) : fitted.span, at: params.at ?? fitted.at };
  return extent ? nearestCovering(view, extent.first, extent.last) : { view, moved: false };
}

/** Where an empty timeline's axis is centred: the years of the talks this reader is about. */
const TODAY_FALLBACK = "2016-01-01";
