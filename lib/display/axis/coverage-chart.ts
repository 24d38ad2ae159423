// The coverage chart under the axis: articles per day, week or month as bars on the axis's own time
// scale, stacked by outlet, outlet country or outlet type. The series beyond the few largest are folded
// into «غيرها», so the colours stay tellable apart. Pure layout; the counts come from lib/data.
import { scaleLinear } from "d3-scale";
import { rangePositions, type TimeScale } from "./time-scale";

export interface CoverageBin {
  /** First and last day of the bin, inclusive. */
  start: string;
  end: string;
  /** Articles per series key (an outlet id, a country code, an outlet type; "" when not known). */
  counts: Record<string, number>;
}

export interface ChartSeries {
  key: string;
  total: number;
}

export interface ChartSegment {
  key: string;
  count: number;
  y0: number;
  y1: number;
}

export interface ChartBar {
  bin: CoverageBin;
  total: number;
  from: number;
  to: number;
  segments: ChartSegment[];
}

export interface ChartLayout {
  series: ChartSeries[];
  bars: ChartBar[];
  /** Count ticks of the vertical scale, with their height. */
  yTicks: Array<{ value: number; y: number }>;
  max: number;
}

/** The key of the folded series. */
export const OTHERS = "*";

/** The `limit` largest series (by articles in `bins`), the rest folded into OTHERS (last). */
export function chartSeries(bins: CoverageBin[], limit = 6): ChartSeries[] {
  const totals = new Map<string, number>();
  for (const b of bins) for (const [k, n] of Object.entries(b.counts)) totals.set(k, (totals.get(k) ?? 0) + n);
  const all = [...totals].map(([key, total]) => ({ key, total })).sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  if (all.length <= limit + 1) return all;
  const kept = all.slice(0, limit);
  return [...kept, { key: OTHERS, total: all.slice(limit).reduce((s, x) => s + x.total, 0) }];
}

export function coverageChart(bins: CoverageBin[], scale: TimeScale, options: { height: number; bounds: [number, number]; series?: number }): ChartLayout {
  const series = chartSeries(bins, options.series);
  const named = new Set(series.map((s) => s.key).filter((k) => k !== OTHERS));
  const [lo, hi] = options.bounds;
  const visible = bins.filter((b) => {
    const [a, z] = rangePositions(scale, b.start, b.end);
    return z >= lo && a <= hi;
  });
  const totalOf = (b: CoverageBin) => Object.values(b.counts).reduce((s, n) => s + n, 0);
  const max = Math.max(1, ...visible.map(totalOf));
  const y = scaleLinear().domain([0, max]).nice().range([options.height, 0]);
  const bars = visible.map((bin): ChartBar => {
    const [a, z] = rangePositions(scale, bin.start, bin.end);
    let base = 0;
    const segments: ChartSegment[] = [];
    for (const s of series) {
      const count = s.key === OTHERS ? Object.entries(bin.counts).reduce((sum, [k, n]) => sum + (named.has(k) ? 0 : n), 0) : (bin.counts[s.key] ?? 0);
      if (count === 0) continue;
      segments.push({ key: s.key, count, y0: Math.round(y(base) * 10) / 10, y1: Math.round(y(base + count) * 10) / 10 });
      base += count;
    }
    return { bin, total: base, from: Math.max(lo, a), to: Math.min(hi, z), segments };
  });
  // Whole articles only: a scale of 0, 0.5, 1 would count half articles.
  const yTicks = y
    .ticks(Math.min(3, max))
    .filter(Number.isInteger)
    .map((value) => ({ value, y: Math.round(y(value) * 10) / 10 }));
  return { series, bars, max: y.domain()[1]!, yTicks };
}
