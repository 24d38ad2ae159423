// Everything one drawing of the axis needs, computed once on the server: the window's scale, labels,
// placed marks, «+N» groups, storyline bands and the brush, for the wide (horizontal, right to left) or the
// phone (vertical, top to bottom) drawing. The geometry lives here, in SVG units; the client reads the few
// numbers it needs back from the SVG's data attributes.
import { memoize, perObject } from "../../cache";
import { placeMarks, type AxisEvent, type MarkLayout } from "./marks";
import { storylineBands, type StorylineBand } from "./storylines";
import { axisTicks, type AxisTicks } from "./ticks";
import { rangePositions, timeScale, type AxisFrame, type Orientation, type TimeScale } from "./time-scale";
import { firstDay, lastDay, windowOf, type AxisView, type DayWindow } from "./view-window";
import type { DisplaySettings } from "../settings";

export interface AxisGeometry {
  width: number;
  height: number;
  /** Along time: the SVG's length in that direction and the inset at both ends. */
  frame: AxisFrame;
  /** Across time: the axis line, the label rows, the storyline band rows, the mark lanes, the «+N» row, the brush strip. */
  line: number;
  contextAt: number;
  detailAt: number;
  bandsAt: number[];
  lanesAt: number[];
  groupsAt: number;
  brushStrip: [number, number];
  fontSize: { context: number; detail: number };
}

// Marks are kept 28 units apart in a lane and lanes 28 units apart, so every mark has a 24 px target
// on phones and desktops alike (WCAG 2.2 target spacing): the wide drawing is about 860 px for 1000 units.
const MIN_SPACING = 28;

export const GEOMETRY: Record<Orientation, AxisGeometry> = {
  horizontal: {
    width: 1000,
    height: 252,
    frame: { orientation: "horizontal", length: 1000, inset: 24 },
    line: 50,
    contextAt: 18,
    detailAt: 40,
    bandsAt: [58, 66],
    lanesAt: [92, 120, 148, 176],
    groupsAt: 206,
    brushStrip: [222, 250],
    fontSize: { context: 15, detail: 13 },
  },
  vertical: {
    width: 360,
    height: 620,
    frame: { orientation: "vertical", length: 620, inset: 16 },
    line: 228,
    contextAt: 352,
    detailAt: 300,
    bandsAt: [218, 210],
    lanesAt: [188, 160, 132, 104],
    groupsAt: 70,
    brushStrip: [8, 40],
    fontSize: { context: 15, detail: 13 },
  },
};

export interface AxisModel {
  orientation: Orientation;
  geometry: AxisGeometry;
  view: AxisView;
  window: DayWindow;
  scale: TimeScale;
  ticks: AxisTicks;
  layout: MarkLayout;
  bands: StorylineBand[];
  /** The brush (from/to) along the axis, clipped to the drawing; null without a date range. */
  brush: [number, number] | null;
  /** The visible part of the axis: marks outside it are drawn for panning but not offered to readers. */
  visible: [number, number];
}

/** The part of the axis the marks are laid out on: the visible part and, beyond each side, a pan's worth. */
function layoutBounds(frame: AxisFrame): [number, number] {
  const { length, inset } = frame;
  // A quarter of the window beyond each side is laid out too, so that a pan shows what comes next; no
  // more: at 10,000 events every mark drawn is page weight (a whole window each side tripled the HTML).
  const margin = (length - 2 * inset) / 4;
  return [inset - margin, length - inset + margin];
}

// The marks and bands of one drawing of one view, kept per list of events (a list lives until the events
// change: lib/data/timeline-marks.ts): most readers open the same few views, and laying out 10,000 events
// is the costliest step of the page's model.
const layoutsOf = perObject((events: AxisEvent[]) =>
  memoize((key: string): { layout: MarkLayout; bands: StorylineBand[] } => {
    const [orientation, span, at] = key.split(" ") as [Orientation, string, string];
    const geometry = GEOMETRY[orientation];
    const scale = timeScale(windowOf({ span: Number(span), at }), geometry.frame);
    const bounds = layoutBounds(geometry.frame);
    return {
      layout: placeMarks(events, scale, { lanes: geometry.lanesAt.length, bounds, gap: MIN_SPACING / 2 - 4.5, minRadius: 4.5, maxRadius: 11, groupWidth: MIN_SPACING }),
      bands: storylineBands(events, scale, { rows: geometry.bandsAt.length, bounds }),
    };
  }, 32),
);

export function axisModel(orientation: Orientation, events: AxisEvent[], view: AxisView, brush: { from?: string; to?: string }, settings: DisplaySettings): AxisModel {
  const geometry = GEOMETRY[orientation];
  const window = windowOf(view);
  const scale = timeScale(window, geometry.frame);
  const { length, inset } = geometry.frame;
  const visible: [number, number] = [inset, length - inset];
  const { layout, bands } = layoutsOf(events)(`${orientation} ${view.span} ${view.at}`);
  let brushAt: [number, number] | null = null;
  if (brush.from || brush.to) {
    const [a, b] = rangePositions(scale, brush.from ? firstDay(brush.from) : window.start, brush.to ? lastDay(brush.to) : window.end);
    const clipped: [number, number] = [Math.max(0, a), Math.min(length, b)];
    if (clipped[0] < clipped[1]) brushAt = clipped;
  }
  return { orientation, geometry, view, window, scale, ticks: axisTicks(scale, settings), layout, bands, brush: brushAt, visible };
}

/** Whether a position along the axis is inside its visible part. */
export const isVisible = (model: AxisModel, pos: number): boolean => pos >= model.visible[0] && pos <= model.visible[1];
