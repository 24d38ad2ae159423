// The timeline's time scale: whole days (UTC), the earliest at the right of a horizontal axis, as an
// Arabic reader expects, or at the top of a vertical one (phones). One scale for the server's SVG and
// the client's zooming, so both put a day at the same place.
import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay } from "d3-time";
/** Inclusive first and last day. */
export interface DayWindow {
  start: string;
  end: string;
}

export type Orientation = "horizontal" | "vertical";

/** The drawing's extent along time: its length in SVG units and the inset kept free at both ends. */
export interface AxisFrame {
  orientation: Orientation;
  length: number;
  inset: number;
}

export type TimeScale = ScaleTime<number, number>;

export const dateOfDay = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
export const dayOfDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The window's first day at its start edge, the end of its last day at its far edge. */
export function timeScale(window: DayWindow, frame: AxisFrame): TimeScale {
  const near = frame.inset;
  const far = frame.length - frame.inset;
  return scaleUtc()
    .domain([dateOfDay(window.start), utcDay.offset(dateOfDay(window.end), 1)])
    .range(frame.orientation === "horizontal" ? [far, near] : [near, far]);
}

/** The middle of a day in epoch milliseconds: where its mark sits. */
export const middayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T12:00:00Z`);

/** Where an instant (epoch ms) is drawn, rounded to a tenth of a unit (a stable SVG attribute). */
export const positionOf = (scale: TimeScale, ms: number): number => Math.round(scale(ms) * 10) / 10;

/** Where a day is drawn: the middle of the day. */
export function dayPosition(scale: TimeScale, iso: string): number {
  return positionOf(scale, middayOf(iso));
}

/** Positions of a day's start and of the end of another (a range, e.g. a multi-day event or a brush). */
export function rangePositions(scale: TimeScale, first: string, last: string): [number, number] {
  const a = scale(dateOfDay(first));
  const b = scale(utcDay.offset(dateOfDay(last), 1));
  return [Math.round(Math.min(a, b) * 10) / 10, Math.round(Math.max(a, b) * 10) / 10];
}
