// The timeline's views as they travel in a URL: the page (/), and the same filters without a page for
// the JSON API, the CSV, the Atom feed and the preview image. Read and written by the toolkit
// (lib/params/view.ts), so every one of them treats a parameter the same way. Pure: no React, no Next.js.
import { foldForMatch } from "../arabic/normalize";
import { DEFAULT_DISPLAY, withDisplayParams, type DisplaySettings } from "../display/settings";
import { EVENT_KINDS, type EventKind } from "../enums/event-kind";
import { inOrder } from "./dates";
import { dateParam, idParam, listOf, oneOf, pageParam, pageSizeParam, textParam, withDefault } from "./fields";
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
};
type FilterValues = FieldValues<typeof filterFields>;

const dateOrder = { param: "to", code: "DATE_RANGE" as const, holds: (v: { from?: string; to?: string }) => inOrder(v.from, v.to) };

function filtersOf(v: FilterValues): TimelineFilters {
  const f: TimelineFilters = { participants: v.participant, sort: v.sort };
  for (const key of ["outlet", "place", "kind", "from", "to", "q"] as const) if (v[key]) Object.assign(f, { [key]: v[key] });
  return f;
}
const valuesOf = (f: TimelineFilters): FilterValues => ({ ...f, participant: [...new Set(f.participants)].sort() });

/** The filters alone: /api/timeline, its CSV, /feed.xml and /og/timeline. */
export const timelineView = defineView(filterFields, { checks: [dateOrder], read: filtersOf, unread: valuesOf });

/** The page (/): the filters and the page number. */
export const timelinePageView = defineView(
  { ...filterFields, page: pageParam(MAX_PAGE) },
  {
    checks: [dateOrder],
    read: ({ page, ...v }) => ({ filters: filtersOf(v), page }),
    unread: ({ filters, page }: { filters: TimelineFilters; page: number }) => ({ ...valuesOf(filters), page }),
  },
);

/** A page of /api/timeline: the filters, the page number and the page size. */
export interface TimelineApiQuery {
  filters: TimelineFilters;
  page: number;
  pageSize: number;
}

/** /api/timeline: the filters, `page` and `pageSize` (at most MAX_API_PAGE_SIZE). */
export const timelineApiView = defineView(
  { ...filterFields, page: pageParam(MAX_PAGE), pageSize: pageSizeParam(MAX_API_PAGE_SIZE, API_PAGE_SIZE) },
  {
    checks: [dateOrder],
    read: ({ page, pageSize, ...v }): TimelineApiQuery => ({ filters: filtersOf(v), page, pageSize }),
    unread: ({ filters, page, pageSize }: TimelineApiQuery) => ({ ...valuesOf(filters), page, pageSize }),
  },
);

/** The filters of a URL, or the issues that make it unreadable (unknown parameters included). */
export const parseTimelineFilters = (input: SearchParamsInput): ParamResult<TimelineFilters> => parseParams(timelineView, input);

/** The filters a page shows for any URL (what cannot be read is dropped). */
export const readableTimelineFilters = (input: SearchParamsInput): TimelineFilters => canonicalParams(timelineView, input).value;

export const defaultFilters = (): TimelineFilters => ({ participants: [], sort: "asc" });

/** The canonical query of a view: fixed order, participants sorted, defaults (sort=asc, page=1) left out. */
export const toSearchParams = (filters: TimelineFilters, page = 1): URLSearchParams => writeParams(timelinePageView, { filters, page });

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

/** The text a title must contain for `q`: the Arabic fold of lib/arabic, with every ة as ه (the database folds them all). */
export function searchKey(q: string): string {
  return foldForMatch(q).replace(/\u0629/g, "\u0647");
}
