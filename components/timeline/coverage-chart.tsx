// Coverage over time under the axis: articles per day, week or month on the axis's own time scale, stacked
// by outlet, country or type, with a legend, a count scale, a tooltip on every bar, the same numbers as a
// table for screen readers, and links to the data as CSV and JSON. Server-rendered SVG; no script.
import Link from "next/link";
import { coverageChart, OTHERS, type ChartLayout, type CoverageBin } from "@/lib/display/axis/coverage-chart";
import { timeScale } from "@/lib/display/axis/time-scale";
import type { DayWindow } from "@/lib/display/axis/view-window";
import { ARTICLES, countLabel } from "@/lib/display/counts";
import { formatArabicMonth, formatShortDate } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import type { CoverageBinUnit, CoverageStack } from "@/lib/params/timeline";
import type { Swatch } from "@/lib/display/axis/palette";

export interface ChartChoice<T extends string> {
  value: T;
  href: string;
  current: boolean;
}

export interface CoverageChartProps {
  bins: CoverageBin[];
  window: DayWindow;
  unit: CoverageBinUnit;
  stack: CoverageStack;
  display: DisplaySettings;
  /** A series key's name and colour. */
  seriesLabel: (key: string) => string;
  seriesSwatch: (key: string, rank: number) => Swatch;
  stacks: Array<ChartChoice<CoverageStack>>;
  units: Array<ChartChoice<CoverageBinUnit>>;
  dataLinks: { csv: string; json: string };
}

const STACK_LABELS: Record<CoverageStack, string> = { total: "المجموع", outlet: "المصدر", country: "البلد", type: "نوع المصدر" };
const UNIT_LABELS: Record<CoverageBinUnit, string> = { day: "يوم", week: "أسبوع", month: "شهر" };
const PER_UNIT: Record<CoverageBinUnit, string> = { day: "في اليوم", week: "في الأسبوع", month: "في الشهر" };

function binLabel(bin: CoverageBin, unit: CoverageBinUnit, display: DisplaySettings): string {
  if (unit === "month") return formatArabicMonth(bin.start, display);
  if (unit === "day") return formatShortDate(bin.start, display);
  return `${formatShortDate(bin.start, display)} – ${formatShortDate(bin.end, display)}`;
}

function Chart({
  layout,
  width,
  height,
  chartHeight,
  fontSize,
  className,
  seriesSwatch,
  seriesLabel,
  unit,
  display,
  label,
}: {
  layout: ChartLayout;
  width: number;
  height: number;
  chartHeight: number;
  fontSize: number;
  className: string;
  seriesSwatch: (key: string, rank: number) => Swatch;
  seriesLabel: (key: string) => string;
  unit: CoverageBinUnit;
  display: DisplaySettings;
  label: string;
}) {
  const rank = new Map(layout.series.map((s, i) => [s.key, i]));
  const top = 8;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className={`h-auto w-full ${className}`} role="img" aria-label={label}>
      {layout.yTicks.map((t) => (
        <g key={t.value} aria-hidden="true">
          <line x1={0} x2={width} y1={top + t.y} y2={top + t.y} className="stroke-ink/10" />
          <text x={width - 2} y={top + t.y - 3} fontSize={fontSize} textAnchor="start" className="fill-muted">
            {formatNumber(t.value, display)}
          </text>
        </g>
      ))}
      {layout.bars.map((bar) => (
        <g key={bar.bin.start} data-bin={bar.bin.start}>
          {bar.segments.map((s) => (
            <rect
              key={s.key}
              x={bar.from + 0.5}
              width={Math.max(1, bar.to - bar.from - 1)}
              y={top + s.y1}
              height={Math.max(0.5, s.y0 - s.y1)}
              className={`tl-shape ${seriesSwatch(s.key, rank.get(s.key) ?? 7)}`}
            >
              <title>{`${binLabel(bar.bin, unit, display)} — ${seriesLabel(s.key)}: ${countLabel(s.count, ARTICLES, display)}`}</title>
            </rect>
          ))}
        </g>
      ))}
      <line x1={0} x2={width} y1={top + chartHeight} y2={top + chartHeight} className="stroke-ink/50" />
    </svg>
  );
}

export function CoverageChart(props: CoverageChartProps) {
  const { bins, window, unit, stack, display, seriesLabel, seriesSwatch } = props;
  const wide = coverageChart(bins, timeScale(window, { orientation: "horizontal", length: 1000, inset: 24 }), { height: 110, bounds: [0, 1000] });
  const narrow = coverageChart(bins, timeScale(window, { orientation: "horizontal", length: 360, inset: 16 }), { height: 90, bounds: [0, 360] });
  const total = wide.bars.reduce((s, b) => s + b.total, 0);
  const peak = wide.bars.reduce<(typeof wide.bars)[number] | null>((m, b) => (!m || b.total > m.total ? b : m), null);
  const summary = `التغطية ${PER_UNIT[unit]}: ${countLabel(total, ARTICLES, display)} في الفترة الظاهرة${peak ? `، أكثرها ${binLabel(peak.bin, unit, display)} (${formatNumber(peak.total, display)})` : ""}`;
  const chip = (current: boolean) =>
    `inline-flex min-h-11 items-center rounded-full border px-3 ${current ? "border-accent bg-accent text-paper" : "border-black/20 text-accent dark:border-white/25"}`;
  return (
    <section aria-labelledby="coverage-title" className="mt-6" data-testid="coverage-chart">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="coverage-title" className="text-lg font-bold">
          التغطية عبر الزمن
        </h2>
        <p className="text-xs text-muted">
          البيانات:{" "}
          <a href={props.dataLinks.csv} className="text-accent underline underline-offset-4" download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={props.dataLinks.json} className="text-accent underline underline-offset-4">
            JSON
          </a>
        </p>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <nav aria-label="تقسيم التغطية حسب" className="flex flex-wrap items-center gap-2">
          {props.stacks.map((c) => (
            <Link key={c.value} href={c.href} scroll={false} prefetch={false} replace aria-current={c.current ? "true" : undefined} className={chip(c.current)}>
              {STACK_LABELS[c.value]}
            </Link>
          ))}
        </nav>
        <nav aria-label="وحدة التغطية" className="flex flex-wrap items-center gap-2 ms-auto">
          {props.units.map((c) => (
            <Link key={c.value} href={c.href} scroll={false} prefetch={false} replace aria-current={c.current ? "true" : undefined} className={chip(c.current)}>
              {UNIT_LABELS[c.value]}
            </Link>
          ))}
        </nav>
      </div>
      <p className="mt-2 text-sm text-muted">{summary}</p>
      <Chart
        layout={wide}
        width={1000}
        height={124}
        chartHeight={110}
        fontSize={12}
        className="hidden sm:block"
        label={summary}
        {...{ seriesSwatch, seriesLabel, unit, display }}
      />
      <Chart layout={narrow} width={360} height={104} chartHeight={90} fontSize={12} className="sm:hidden" label={summary} {...{ seriesSwatch, seriesLabel, unit, display }} />
      {stack !== "total" && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="مفتاح الألوان" data-testid="coverage-legend">
          {wide.series.map((s, i) => (
            <li key={s.key} className="inline-flex items-center gap-1">
              <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" rx="3" className={`tl-shape ${seriesSwatch(s.key, i)}`} />
              </svg>
              {s.key === OTHERS ? "غيرها" : seriesLabel(s.key)} ({formatNumber(s.total, display)})
            </li>
          ))}
        </ul>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer py-2 text-accent">جدول البيانات</summary>
        <table className="mt-2 w-full text-start text-xs">
          <caption className="sr-only">{summary}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-start">
                الفترة
              </th>
              {wide.series.map((s) => (
                <th key={s.key} scope="col" className="text-start">
                  {s.key === OTHERS ? "غيرها" : stack === "total" ? "المقالات" : seriesLabel(s.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {wide.bars.map((bar) => (
              <tr key={bar.bin.start}>
                <th scope="row" className="text-start font-normal">
                  {binLabel(bar.bin, unit, display)}
                </th>
                {wide.series.map((s) => (
                  <td key={s.key}>{formatNumber(bar.segments.find((x) => x.key === s.key)?.count ?? 0, display)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
