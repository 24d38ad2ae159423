// Where each event sits on the axis: at its day, in one of a few lanes beside the axis line, sized by its
// coverage. The most covered events are placed first, so at a coarse zoom the rounds that mattered are
// drawn and the rest are counted in small «+N» groups that zoom in on their days when opened.
import { scaleSqrt } from "d3-scale";
import { perObject } from "../../cache";
import type { EventKind } from "../../enums/event-kind";
import { middayOf, positionOf, rangePositions, type TimeScale } from "./time-scale";

export interface AxisEvent {
  slug: string;
  title: string;
  kind: EventKind;
  date: string;
  dateEnd: string | null;
  articles: number;
  storyline: string | null;
  /** The country and type of most of its coverage (null: unknown), for the lens. */
  country: string | null;
  outletType: string | null;
}

export interface PlacedMark {
  event: AxisEvent;
  /** Centre of its (first) day along the axis, and the extent of a multi-day event. */
  pos: number;
  span: [number, number] | null;
  lane: number;
  /** Radius in SVG units. */
  radius: number;
}

/** Events that found no free lane, counted per stretch of the axis. */
export interface MarkGroup {
  pos: number;
  first: string;
  last: string;
  count: number;
}

export interface MarkLayout {
  marks: PlacedMark[];
  groups: MarkGroup[];
}

export interface MarkOptions {
  lanes: number;
  /** Only positions inside [min, max] are drawn (the view and a margin on each side for panning). */
  bounds: [number, number];
  minRadius?: number;
  maxRadius?: number;
  /** Free space kept between two marks of one lane. */
  gap?: number;
  /** Width of the stretches in which unplaced events are counted. */
  groupWidth?: number;
}

/** The most covered first, then the earliest, then by slug: the same input always gives the same picture. */
const byImportance = (a: AxisEvent, b: AxisEvent) => b.articles - a.articles || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slug < b.slug ? -1 : 1);

/**
 * The events in placing order with the instant each is drawn at, worked out once per list: the list of
 * a filtered timeline is kept until the events change (lib/data/timeline-marks.ts), and every view and
 * drawing of it (10,000 events, two drawings a page) would otherwise sort it and parse its dates again.
 */
const placingOrder = perObject((events: AxisEvent[]) => {
  const ordered = [...events].sort(byImportance);
  return { ordered, middays: Float64Array.from(ordered, (e) => middayOf(e.date)), maxArticles: events.reduce((m, e) => Math.max(m, e.articles), 1) };
});

export function placeMarks(events: AxisEvent[], scale: TimeScale, options: MarkOptions): MarkLayout {
  const { lanes, bounds } = options;
  const [lo, hi] = bounds;
  const gap = options.gap ?? 2;
  const groupWidth = options.groupWidth ?? 28;
  const { ordered, middays, maxArticles } = placingOrder(events);
  const radius = scaleSqrt()
    .domain([1, Math.max(2, maxArticles)])
    .range([options.minRadius ?? 4.5, options.maxRadius ?? 11])
    .clamp(true);
  // One occupancy bitmap per lane, a cell per unit of length: placing an event is a scan of its width.
  const width = Math.ceil(hi - lo) + 1;
  const taken = Array.from({ length: lanes }, () => new Uint8Array(width));
  const free = (lane: number, a: number, b: number) => {
    for (let i = Math.max(0, a); i <= Math.min(width - 1, b); i++) if (taken[lane]![i]) return false;
    return true;
  };
  const freeLane = (a: number, b: number) => {
    for (let lane = 0; lane < lanes; lane++) if (free(lane, a, b)) return lane;
    return undefined;
  };
  const marks: PlacedMark[] = [];
  const groups = new Map<number, MarkGroup>();
  for (let i = 0; i < ordered.length; i++) {
    const pos = positionOf(scale, middays[i]!);
    if (!(pos >= lo && pos <= hi)) continue;
    const event = ordered[i]!;
    const r = radius(Math.max(1, event.articles));
    const a = Math.floor(pos - r - gap - lo);
    const b = Math.ceil(pos + r + gap - lo);
    const lane = freeLane(a, b);
    if (lane === undefined) {
      const key = Math.floor((pos - lo) / groupWidth);
      const g = groups.get(key) ?? { pos: lo + (key + 0.5) * groupWidth, first: event.date, last: event.date, count: 0 };
      g.count++;
      if (event.date < g.first) g.first = event.date;
      if (event.date > g.last) g.last = event.date;
      groups.set(key, g);
      continue;
    }
    taken[lane]!.fill(1, Math.max(0, a), Math.min(width, b + 1));
    const span = event.dateEnd && event.dateEnd > event.date ? rangePositions(scale, event.date, event.dateEnd) : null;
    marks.push({ event, pos, span, lane, radius: Math.round(r * 10) / 10 });
  }
  // Drawn and read in time order (keyboard order follows it).
  marks.sort((x, y) => (x.event.date < y.event.date ? -1 : x.event.date > y.event.date ? 1 : x.event.slug < y.event.slug ? -1 : 1));
  return { marks, groups: [...groups.values()].sort((x, y) => (x.first < y.first ? -1 : 1)) };
}
