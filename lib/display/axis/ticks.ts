// The axis's labels, in two rows: the context (years, or months with their year when the view is a few
// weeks) and the detail (month names, or days). The intervals and tick choice are d3's (d3-time,
// d3-scale's ticks), the words the platform's (lib/display/dates.ts), in the reader's digits and month names.
import { utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { formatArabicMonth, formatMonthName, formatYear } from "../dates";
import { formatNumber } from "../numbers";
import type { DisplaySettings } from "../settings";
import { dayOfDate, type TimeScale } from "./time-scale";

export interface AxisTick {
  /** The first day of the period the tick starts. */
  date: string;
  pos: number;
  label: string;
}

export interface AxisTicks {
  /** Period boundaries (years, or months) with their label, and the label of the period the view starts in. */
  context: AxisTick[];
  /** Finer ticks: months, weeks or days. */
  detail: AxisTick[];
  /** What a detail tick marks, for styling and tests. */
  detailUnit: "month" | "day" | "none";
}

const DAY_MS = 86_400_000;
/** Below this many days in view the context row names months rather than years. */
const MONTHS_CONTEXT_DAYS = 75;

const round = (x: number) => Math.round(x * 10) / 10;

/** Years, or every 2nd, 5th or 10th year when single years would crowd together. */
function yearInterval(pxPerYear: number, minSpacing: number): CountableTimeInterval {
  const step = [1, 2, 5, 10, 20].find((k) => pxPerYear * k >= minSpacing) ?? 50;
  return step === 1 ? utcYear : (utcYear.every(step) as CountableTimeInterval);
}

export function axisTicks(scale: TimeScale, settings: DisplaySettings, options: { minSpacing?: number } = {}): AxisTicks {
  const minSpacing = options.minSpacing ?? 64;
  const [d0, d1] = scale.domain() as [Date, Date];
  const length = Math.abs(scale.range()[1]! - scale.range()[0]!);
  const days = (d1.getTime() - d0.getTime()) / DAY_MS;
  const pxPerDay = length / days;

  // Context: period boundaries inside the view, plus the period the view starts in (pinned at its start).
  const byMonth = days <= MONTHS_CONTEXT_DAYS;
  const interval = byMonth ? utcMonth : yearInterval(pxPerDay * 365.25, minSpacing);
  const name = (d: Date) => (byMonth ? formatArabicMonth(dayOfDate(d), settings) : formatYear(dayOfDate(d), settings));
  const boundaries = interval.range(d0, d1);
  const context: AxisTick[] = boundaries.map((d) => ({ date: dayOfDate(d), pos: round(scale(d)), label: name(d) }));
  const firstGap = boundaries.length ? Math.abs(scale(boundaries[0]!) - scale(d0)) : length;
  if (firstGap >= minSpacing) context.unshift({ date: dayOfDate(d0), pos: round(scale(d0)), label: name(interval.floor(d0)) });

  // Detail: d3's own choice of ticks for the space (days, weeks, months, quarters or years).
  const ticks = scale.ticks(Math.max(2, Math.floor(length / minSpacing)));
  const monthly = ticks.every((t) => t.getUTCDate() === 1);
  const yearly = monthly && ticks.every((t) => t.getUTCMonth() === 0);
  if (yearly) return { context, detail: [], detailUnit: "none" };
  const detail = ticks.map((t) => ({
    date: dayOfDate(t),
    pos: round(scale(t)),
    label: monthly ? formatMonthName(dayOfDate(t), settings) : formatNumber(t.getUTCDate(), settings),
  }));
  return { context, detail, detailUnit: monthly ? "month" : "day" };
}
