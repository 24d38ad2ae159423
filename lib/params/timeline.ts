// The timeline's filters as they travel in a URL: parsed with zod into one typed object, and written
// back in one canonical order so that a shared link reopens the same view. Pure: no React, no Next.js.
import { z } from "zod";
import { EVENT_KINDS, type EventKind } from "../enums/event-kind";
import { foldForMatch } from "../arabic/normalize";
import { DEFAULT_DISPLAY, explicitDisplayParams, withDisplayParams, type DisplaySettings } from "../display/settings";

export type TimelineSort = "asc" | "desc";

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

export interface FilterError {
  param: string;
  message: string;
  messageEn: string;
}

export type FilterResult = { ok: true; filters: TimelineFilters } | { ok: false; errors: FilterError[] };

export const MAX_QUERY_LENGTH = 200;

/** Every message a bad parameter can get, in Arabic for readers and English for logs and tools. */
const MESSAGES = {
  REPEATED: ["هذا المعامل لا يقبل إلا قيمة واحدة.", "This parameter takes a single value."],
  BAD_ID: ["المعرّف غير صالح.", "Not a valid id."],
  BAD_PLACE: ["اسم المكان طويل جدًا.", "The place name is too long."],
  BAD_KIND: ["نوع الحدث غير معروف (meeting أو call أو visit أو statement أو agreement أو other).", "Unknown event kind (meeting, call, visit, statement, agreement or other)."],
  BAD_DATE: ["التاريخ غير صالح؛ اكتبه بالصيغة YYYY-MM-DD أو YYYY-MM.", "Not a valid date; write YYYY-MM-DD or YYYY-MM."],
  RANGE: ["تاريخ البداية بعد تاريخ النهاية.", "The start date is after the end date."],
  TOO_LONG: [`نص البحث أطول من ${MAX_QUERY_LENGTH} حرف.`, `The search text is longer than ${MAX_QUERY_LENGTH} characters.`],
  BAD_SORT: ["الترتيب إما asc أو desc.", "Sort is either asc or desc."],
  BAD_PAGE: ["رقم الصفحة عدد صحيح من 1 إلى 10000.", "The page is a whole number from 1 to 10000."],
} as const;
type MessageCode = keyof typeof MESSAGES;

const errorOf = (param: string, code: MessageCode): FilterError => ({ param, message: MESSAGES[code][0], messageEn: MESSAGES[code][1] });

// Invisible and control characters: bidi controls, zero-width marks, soft hyphen, C0/C1 controls.
// They make two links that look the same differ, and can smuggle text past a reader's eye.
const ODD = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

/** Strips invisible and control characters, collapses white space, trims. */
export function cleanParam(value: string): string {
  return value.replace(ODD, "").replace(/\s+/g, " ").trim();
}

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function realDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of a YYYY-MM or YYYY-MM-DD value, as YYYY-MM-DD. */
export function startOf(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/** Last day of a YYYY-MM or YYYY-MM-DD value, as YYYY-MM-DD. */
export function endOf(value: string): string {
  if (value.length !== 7) return value;
  const [y, m] = value.split("-").map(Number) as [number, number];
  return `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

const id = z.string().max(80, "BAD_ID").regex(ID, "BAD_ID");
const date = z.string().refine(realDate, "BAD_DATE");

const schema = z
  .object({
    participant: z.array(id).default([]),
    outlet: id.optional(),
    place: z.string().max(MAX_QUERY_LENGTH, "BAD_PLACE").optional(),
    kind: z.enum(EVENT_KINDS, { error: "BAD_KIND" }).optional(),
    from: date.optional(),
    to: date.optional(),
    q: z.string().max(MAX_QUERY_LENGTH, "TOO_LONG").optional(),
    sort: z.enum(["asc", "desc"], { error: "BAD_SORT" }).default("asc"),
  })
  .refine((f) => !f.from || !f.to || startOf(f.from) <= endOf(f.to), { message: "RANGE", path: ["to"] });

const SINGLE = ["outlet", "place", "kind", "from", "to", "q", "sort"] as const;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function entries(input: SearchParamsInput): Array<[string, string]> {
  if (input instanceof URLSearchParams) return [...input.entries()];
  return Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
}

/** Parses URL search params into filters; unknown params are ignored, empty values count as absent. */
export function parseTimelineFilters(input: SearchParamsInput): FilterResult {
  const values = new Map<string, string[]>();
  for (const [key, raw] of entries(input)) {
    const value = cleanParam(raw);
    if (value === "") continue;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const errors: FilterError[] = [];
  const candidate: Record<string, unknown> = { participant: values.get("participant") ?? [] };
  for (const key of SINGLE) {
    const v = values.get(key);
    if (!v) continue;
    if (v.length > 1) errors.push(errorOf(key, "REPEATED"));
    else candidate[key] = v[0];
  }
  if (errors.length) return { ok: false, errors };
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const param = String(issue.path[0] ?? "");
      if (seen.has(param)) continue;
      seen.add(param);
      const code = (issue.message in MESSAGES ? issue.message : param === "participant" ? "BAD_ID" : "BAD_DATE") as MessageCode;
      errors.push(errorOf(param, code));
    }
    return { ok: false, errors };
  }
  const f = parsed.data;
  const filters: TimelineFilters = { participants: [...new Set(f.participant)].sort(), sort: f.sort };
  if (f.outlet) filters.outlet = f.outlet;
  if (f.place) filters.place = f.place;
  if (f.kind) filters.kind = f.kind;
  if (f.from) filters.from = f.from;
  if (f.to) filters.to = f.to;
  if (f.q) filters.q = f.q;
  return { ok: true, filters };
}

export const defaultFilters = (): TimelineFilters => ({ participants: [], sort: "asc" });

/** Events per page of the timeline. */
export const PAGE_SIZE = 50;
export const MAX_PAGE = 10_000;

export type PageResult = { ok: true; page: number } | { ok: false; errors: FilterError[] };

/** The `page` parameter: 1-based, a positive whole number up to MAX_PAGE; absent or empty means 1. */
export function parseTimelinePage(input: SearchParamsInput): PageResult {
  const values = entries(input)
    .filter(([k]) => k === "page")
    .map(([, v]) => cleanParam(v))
    .filter((v) => v !== "");
  if (values.length === 0) return { ok: true, page: 1 };
  if (values.length > 1) return { ok: false, errors: [errorOf("page", "REPEATED")] };
  const v = values[0]!;
  if (!/^\d{1,5}$/.test(v) || Number(v) < 1 || Number(v) > MAX_PAGE) return { ok: false, errors: [errorOf("page", "BAD_PAGE")] };
  return { ok: true, page: Number(v) };
}

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
  const qs = toSearchParams(filters, page).toString();
  return withDisplayParams(`/${qs ? `?${qs}` : ""}${hash ? `#${hash}` : ""}`, display);
}

/**
 * The canonical URL form: fixed param order, participants sorted, defaults (sort=asc, page=1) left out.
 * `display` is the raw URL's own digits/cal: kept (valid values, at the end) so the canonical redirect
 * does not lose the view's settings; the API, feed and preview images pass none.
 */
export function toSearchParams(filters: TimelineFilters, page = 1, display?: SearchParamsInput): URLSearchParams {
  const out = new URLSearchParams();
  for (const p of [...new Set(filters.participants)].sort()) out.append("participant", p);
  for (const key of ["outlet", "place", "kind", "from", "to", "q"] as const) {
    const v = filters[key];
    if (v) out.set(key, v);
  }
  if (filters.sort === "desc") out.set("sort", "desc");
  if (page > 1) out.set("page", String(page));
  if (display) {
    const single = (key: string) => {
      const values = entries(display).filter(([k]) => k === key);
      return values.length === 1 ? values[0]![1] : undefined;
    };
    for (const [k, v] of explicitDisplayParams({ digits: single("digits"), cal: single("cal") })) out.set(k, v);
  }
  return out;
}

/** The text a title must contain for `q`: the Arabic fold of lib/arabic, with every ة as ه (the database folds them all). */
export function searchKey(q: string): string {
  return foldForMatch(q).replace(/\u0629/g, "\u0647");
}
