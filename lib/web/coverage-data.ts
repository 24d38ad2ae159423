import "server-only";
// Coverage over time as data, for /api/timeline/coverage (JSON) and its CSV: the same bins the page's chart
// draws, for the same view (the URL's span and centre, else fitted to the events as the page fits them).
import { getCoverage } from "../data/timeline-coverage";
import { getTimelineMarks } from "../data/timeline-marks";
import { chartSeries } from "../display/axis/coverage-chart";
import { resolveView, windowOf } from "../display/axis/view-window";
import type { CoverageParams } from "../params/timeline";
import { seriesLabeller } from "./coverage-series";
import { csvCell, BOM } from "./timeline-csv";
import { autoUnit } from "./timeline-page";

export interface CoverageData {
  filters: CoverageParams["filters"];
  view: { span: number; at: string; start: string; end: string };
  unit: string;
  stack: string;
  /** Every series with its name and total, largest first ("" is the total when not split). */
  series: Array<{ key: string; label: string; articles: number }>;
  bins: Array<{ start: string; end: string; articles: number; counts: Record<string, number> }>;
}

export async function coverageData(params: CoverageParams): Promise<CoverageData> {
  const marks = await getTimelineMarks(params.filters);
  const extent = marks.first && marks.last ? { first: marks.first, last: marks.last } : null;
  const { view } = resolveView(params.axis, extent, { from: params.filters.from, to: params.filters.to });
  const window = windowOf(view);
  const unit = params.bin ?? autoUnit(view.span);
  const coverage = await getCoverage(params.filters, { unit, stack: params.stack, from: window.start, to: window.end });
  const label = seriesLabeller(coverage);
  return {
    filters: params.filters,
    view: { ...view, ...window },
    unit,
    stack: params.stack,
    series: chartSeries(coverage.bins, Number.MAX_SAFE_INTEGER).map((s) => ({ key: s.key, label: label(s.key), articles: s.total })),
    bins: coverage.bins.map((b) => ({ ...b, articles: Object.values(b.counts).reduce((x, y) => x + y, 0) })),
  };
}

export const COVERAGE_CSV_HEADER = ["bin_start", "bin_end", "unit", "series_key", "series", "articles"] as const;

/** One row per bin and series (RFC 4180, UTF-8 with a byte-order mark, CRLF), in time order. */
export function coverageCsv(data: CoverageData): string {
  const names = new Map(data.series.map((s) => [s.key, s.label]));
  const rows = [COVERAGE_CSV_HEADER.join(",")];
  for (const b of data.bins)
    for (const [key, n] of Object.entries(b.counts).sort(([x], [y]) => (x < y ? -1 : 1)))
      rows.push([b.start, b.end, data.unit, key, names.get(key) ?? key, n].map(csvCell).join(","));
  return `${BOM}${rows.join("\r\n")}\r\n`;
}
