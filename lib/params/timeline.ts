// The timeline's views as they travel in a URL: the page (/) with its axis view (span, at), colouring
// (lens) and coverage chart (stack, bin); the JSON API with the axis view; the coverage data with the
// chart's; and the filters alone for the CSV, the Atom feed and the preview image. Read and written by the
// toolkit (lib/params/view.ts), so every one of them treats a parameter the same way. Pure: no React, no Next.js.
import { foldForMatch } from "../arabic/normalize";
import { MAX_SPAN, MIN_SPAN } from "../display/axis/view-window";
import { DEFAULT_DISPLAY, withDisplayParams, type DisplaySettings } from "../display/settings";
import { EVENT_KINDS, type EventKind } from "../enums/event-kind";
import { OUTLET_TYPES, type OutletType } from "../enums/outlet-type";
import { inOrder } from "./dates";
import { boundedNumberParam, countryParam, dateParam, idParam, listOf, oneOf, pageParam, pageSizeParam, textParam, withDefault } from "./fields";
import { canonicalParams, defineView, hrefWith, parseParams, writeParams, type FieldValues, type ParamResult } from "./view";
import type { SearchParamsInput } from "./input";

export type TimelineSort = "asc" | "desc";
export const TIMELINE_SORTS = ["asc", "desc"] as const;

export interface TimelineFilters {
  /** Person ids; every one of them must take part. Sorted and without repeats. */
  participants: string[];
  outlet?: string;
  place?: string;
  kind?: EventKind;
  /** YYYY-MM-DD or YYYY-MM, as written in the URL. */
  from?: string;
  to?: string;
  q?: string;
  sort: TimelineSort;
  /** Outlet countries (ISO alpha-2, ZZ: not known): only their coverage counts. Absent when none is chosen. */
  countries?: string[];
  /** Outlet types: only their coverage counts. Absent when none is chosen. */
  outletTypes?: OutletType[];
}

/** What the axis marks' colour tells: the event's kind, or the country or type of most of its coverage. */
export const TIMELINE_LENSES = ["kind", "country", "type"] as const;
export type TimelineLens = (typeof TIMELINE_LENSES)[number];

/** What the coverage chart's bars are split by. */
export const COVERAGE_STACKS = ["total", "outlet", "country", "type"] as const;
export type CoverageStack = (typeof COVERAGE_STACKS)[number];

/** The coverage chart's unit of time (absent: chosen from the span). */
export const COVERAGE_BINS = ["day", "week", "month"] as const;
export type CoverageBinUnit = (typeof COVERAGE_BINS)[number];
/** Days in a bin, to bound the number of bars: a day per bar over twenty years would be 7,305 of them. */
export const BIN_DAYS: Record<CoverageBinUnit, number> = { day: 1, week: 7, month: 30.44 };
export const MAX_BARS = 400;

/** The axis view: `span` days around the day `at`; both absent: fitted to the events. */
export interface AxisParams {
  span?: number;
  at?: string;
}

export const MAX_QUERY_LENGTH = 200;
/** Events per page of the timeline. */
export const PAGE_SIZE = 50;
export const MAX_PAGE = 10_000;
/** Events per page of /api/timeline unless `pageSize` says otherwise, and the most it may ask (README, "Timeline API"). */
export const API_PAGE_SIZE = 100;
export const MAX_API_PAGE_SIZE = 500;

const filterFields = {
  participant: listOf(idParam()),
  outlet: idParam(),
  place: textParam(MAX_QUERY_LENGTH, "اسم المكان"),
  kind: oneOf(EVENT_KINDS, "نوع الحدث"),
  from: dateParam(),
  to: dateParam(),
  q: textParam(MAX_QUERY_LENGTH, "نص البحث"),
  sort: withDefault(oneOf(TIMELINE_SORTS, "الترتيب"), "asc"),
  country: listOf(countryParam()),
  outletType: listOf(oneOf(OUTLET_TYPES, "نوع المصدر")),
};
type FilterValues = FieldValues<typeof filterFields>;

const axisFields = {
  span: boundedNumberParam(MIN_SPAN, MAX_SPAN, "مدى العرض بالأيام"),
  at: dateParam(),
};
const binField = { ...oneOf(COVERAGE_BINS, "وحدة التغطية"), detail: { values: COVERAGE_BINS, label: "وحدة التغطية", max: MAX_BARS } };
const chartFields = { stack: withDefault(oneOf(COVERAGE_STACKS, "تقسيم التغطية"), "total"), bin: binField };

const dateOrder = { param: "to", code: "DATE_RANGE" as const, holds: (v: { from?: string; to?: string }) => inOrder(v.from, v.to) };
/** A bin too fine for the span (a bar per day over years) is refused: the chart could not draw it. */
const binFitsSpan = {
  param: "bin",
  code: "TOO_FINE" as const,
  holds: (v: { span?: number; bin?: CoverageBinUnit }) => !v.bin || !v.span || v.span / BIN_DAYS[v.bin] <= MAX_BARS,
};

function filtersOf(v: FilterValues): TimelineFilters {
  const f: TimelineFilters = { participants: v.participant, sort: v.sort };
  for (const key of ["outlet", "place", "kind", "from", "to", "q"] as const) if (v[key]) Object.assign(f, { [key]: v[key] });
  if (v.country.length) f.countries = v.country;
  if (v.outletType.length) f.outletTypes = v.outletType;
  return f;
}
const valuesOf = (f: TimelineFilters): FilterValues => ({
  ...f,
  participant: [...new Set(f.participants)].sort(),
  country: [...new Set(f.countries ?? [])].sort(),
  outletType: [...new Set(f.outletTypes ?? [])].sort(),
});
const axisOf = (v: { span?: number; at?: string }): AxisParams => Object.fromEntries(Object.entries({ span: v.span, at: v.at }).filter(([, x]) => x !== undefined));

/** The filters alone: /api/timeline/csv, /feed.xml and /og/timeline. */
export const timelineView = defineView(filterFields, { checks: [dateOrder], read: filtersOf, unread: valuesOf });

/** A page of /api/timeline: the filters, the axis view whose marks it returns, the page number and size. */
export interface TimelineApiQuery {
  filters: TimelineFilters;
  axis: AxisParams;
  page: number;
  pageSize: number;
}

/** /api/timeline: the filters, the axis view, `page` and `pageSize` (at most MAX_API_PAGE_SIZE). */
export const timelineApiView = defineView(
  { ...filterFields, ...axisFields, page: pageParam(MAX_PAGE), pageSize: pageSizeParam(MAX_API_PAGE_SIZE, API_PAGE_SIZE) },
  {
    checks: [dateOrder],
    read: ({ span, at, page, pageSize, ...v }): TimelineApiQuery => ({ filters: filtersOf(v), axis: axisOf({ span, at }), page, pageSize }),
    unread: ({ filters, axis, page, pageSize }: TimelineApiQuery) => ({ ...valuesOf(filters), ...(axis ?? {}), page, pageSize }),
  },
);

export interface CoverageParams {
  filters: TimelineFilters;
  axis: AxisParams;
  stack: CoverageStack;
  bin?: CoverageBinUnit;
}

/** /api/timeline/coverage and its CSV: the chart's data for the filters, the axis view, the split and the unit. */
export const coverageView = defineView(
  { ...filterFields, ...axisFields, ...chartFields },
  {
    checks: [dateOrder, binFitsSpan],
    read: ({ span, at, stack, bin, ...v }): CoverageParams => ({ filters: filtersOf(v), axis: axisOf({ span, at }), stack, ...(bin ? { bin } : {}) }),
    unread: ({ filters, axis, stack, bin }: CoverageParams) => ({ ...valuesOf(filters), ...axis, stack, bin }),
  },
);

/** Everything the page (/) shows: filters, page of the list, axis view, colouring and coverage chart. */
export interface TimelinePage {
  filters: TimelineFilters;
  page: number;
  axis: AxisParams;
  lens: TimelineLens;
  stack: CoverageStack;
  bin?: CoverageBinUnit;
}

/** The page (/): the filters, the page number, the axis view, the lens and the coverage chart's split and unit. */
export const timelinePageView = defineView(
  { ...filterFields, page: pageParam(MAX_PAGE), ...axisFields, lens: withDefault(oneOf(TIMELINE_LENSES, "التلوين"), "kind"), ...chartFields },
  {
    checks: [dateOrder, binFitsSpan],
    read: ({ page, span, at, lens, stack, bin, ...v }): TimelinePage => ({ filters: filtersOf(v), page, axis: axisOf({ span, at }), lens, stack, ...(bin ? { bin } : {}) }),
    unread: ({ filters, page, axis, lens, stack, bin }: TimelinePage) => ({ ...valuesOf(filters), page, ...(axis ?? {}), lens: lens ?? "kind", stack: stack ?? "total", bin }),
  },
);

export const defaultPage = (filters: TimelineFilters = defaultFilters()): TimelinePage => ({ filters, page: 1, axis: {}, lens: "kind", stack: "total" });

/** The filters of a URL, or the issues that make it unreadable (unknown parameters included). */
export const parseTimelineFilters = (input: SearchParamsInput): ParamResult<TimelineFilters> => parseParams(timelineView, input);

/** The filters a page shows for any URL (what cannot be read is dropped). */
export const readableTimelineFilters = (input: SearchParamsInput): TimelineFilters => canonicalParams(timelineView, input).value;

export const defaultFilters = (): TimelineFilters => ({ participants: [], sort: "asc" });

/** The canonical query of a view: fixed order, participants sorted, defaults (sort=asc, page=1) left out. */
export const toSearchParams = (filters: TimelineFilters, page = 1): URLSearchParams => writeParams(timelinePageView, { ...defaultPage(filters), page });

/** How many pages `events` fill (at least one, so an empty timeline still has its page 1). */
export const pageCount = (events: number, pageSize = PAGE_SIZE): number => Math.max(1, Math.ceil(events / pageSize));

/**
 * The page on which each month's first event falls, for events listed by date (`sort`) with the
 * undated ones after every dated one. `months` are the per-month event counts of the whole filtered set.
 */
export function monthPages(months: Array<{ month: string; events: number }>, sort: TimelineSort, pageSize = PAGE_SIZE): Map<string, number> {
  const ordered = months.filter((m) => m.events > 0).sort((a, b) => (sort === "asc" ? a.month.localeCompare(b.month) : b.month.localeCompare(a.month)));
  const out = new Map<string, number>();
  let before = 0;
  for (const m of ordered) {
    out.set(m.month, Math.floor(before / pageSize) + 1);
    before += m.events;
  }
  return out;
}

/**
 * A timeline link: the canonical filters, then `page` when it is not the first, then the reader's
 * display settings when they are not the default (lib/display/settings.ts), then an optional #fragment.
 */
export function timelineHref(filters: TimelineFilters, page = 1, hash?: string, display: DisplaySettings = DEFAULT_DISPLAY): string {
  return withDisplayParams(`${hrefWith("/", toSearchParams(filters, page))}${hash ? `#${hash}` : ""}`, display);
}

/** The canonical query of everything the page shows (a GET form's hidden fields keep it). */
export const timelinePageParams = (view: TimelinePage): URLSearchParams => writeParams(timelinePageView, view);

/** A link to the page showing `view` (its canonical URL), with the reader's settings and an optional #fragment. */
export function timelinePageHref(view: TimelinePage, display: DisplaySettings = DEFAULT_DISPLAY, hash?: string): string {
  return withDisplayParams(`${hrefWith("/", writeParams(timelinePageView, view))}${hash ? `#${hash}` : ""}`, display);
}

/** The text a title must contain for `q`: the Arabic fold of lib/arabic, with every ة as ه (the database folds them all). */
export function searchKey(q: string): string {
  return foldForMatch(q).replace(/\u0629/g, "\u0647");
}
