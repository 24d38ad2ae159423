// What the preview cards say: titles and short Arabic lines for an event and for a filtered timeline.
// Pure: shared by the PNG routes and the pages' metadata, so the image and the description agree.
import type { EventKind } from "../generated/prisma/enums";
import { EVENT_KIND_LABELS } from "../display/event-kinds";
import { formatArabicDate, formatArabicDateRange, formatArabicMonth } from "../display/dates";
import { startOf, toSearchParams, type TimelineFilters } from "../timeline/filters";
import type { OgCard } from "./render";

export { OG_BRAND, OG_HEIGHT, OG_LOCALE, OG_WIDTH } from "./constants";
export const TIMELINE_TITLE = "الخط الزمني";
const TIMELINE_SUBJECT = "المحادثات الأميركية الروسية حول سوريا (2013–2017)";

export interface EventForCard {
  slug: string;
  title: string;
  kind: EventKind;
  date: string | null;
  dateEnd: string | null;
  place: string | null;
  participants: Array<{ nameAr: string }>;
  articles: Array<{ outletName: string | null }>;
}

const unique = (xs: Array<string | null | undefined>) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

export function eventCard(e: EventForCard): OgCard {
  const when = e.date ? formatArabicDateRange(e.date, e.dateEnd) : "تاريخ غير معروف";
  const outlets = unique(e.articles.map((a) => a.outletName));
  const lines = [
    `${EVENT_KIND_LABELS[e.kind]}، ${when}${e.place ? `، ${e.place}` : ""}`,
    e.participants.length ? `المشاركون: ${e.participants.map((p) => p.nameAr).join("، ")}` : "",
    `عدد المقالات: ${e.articles.length}${outlets.length ? ` (${outlets.join("، ")})` : ""}`,
  ].filter(Boolean);
  return { title: e.title, lines };
}

export const eventImagePath = (slug: string) => `/og/events/${encodeURIComponent(slug)}`;

/** Names the filters need, as found in the timeline's facets (ids are shown when a name is unknown). */
export interface FilterNames {
  participants?: Array<{ id: string; nameAr: string }>;
  outlets?: Array<{ id: string; nameAr: string }>;
}

function dateWords(value: string): string {
  return value.length === 7 ? formatArabicMonth(startOf(value)) : formatArabicDate(value);
}

/** The active filters, one Arabic phrase each, in the URL's order. Empty when nothing is filtered. */
export function describeFilters(f: TimelineFilters, names: FilterNames = {}): string[] {
  const nameOf = (list: FilterNames["participants"], id: string) => list?.find((x) => x.id === id)?.nameAr ?? id;
  const out: string[] = [];
  if (f.participants.length) out.push(`المشاركون: ${f.participants.map((id) => nameOf(names.participants, id)).join("، ")}`);
  if (f.outlet) out.push(`المصدر: ${nameOf(names.outlets, f.outlet)}`);
  if (f.kind) out.push(`النوع: ${EVENT_KIND_LABELS[f.kind]}`);
  if (f.place) out.push(`المكان: ${f.place}`);
  if (f.from && f.to) out.push(`الفترة: من ${dateWords(f.from)} إلى ${dateWords(f.to)}`);
  else if (f.from) out.push(`منذ ${dateWords(f.from)}`);
  else if (f.to) out.push(`حتى ${dateWords(f.to)}`);
  if (f.q) out.push(`البحث: «${f.q}»`);
  return out;
}

export function countsLine(counts: { events: number; articles: number }): string {
  return `عدد الأحداث: ${counts.events} · عدد المقالات: ${counts.articles}`;
}

export interface TimelineSummary {
  title: string;
  description: string;
  card: OgCard;
}

export function timelineSummary(f: TimelineFilters, counts: { events: number; articles: number }, names: FilterNames = {}): TimelineSummary {
  const described = describeFilters(f, names);
  const people = f.participants.map((id) => names.participants?.find((p) => p.id === id)?.nameAr ?? id);
  const title = people.length ? `${TIMELINE_TITLE}: ${people.join("، ")}` : described.length ? `${TIMELINE_TITLE} (مُصفّى)` : `${TIMELINE_TITLE}: ${TIMELINE_SUBJECT}`;
  const lines = [...described, countsLine(counts)];
  const description = described.length
    ? `${TIMELINE_SUBJECT}. ${described.join("؛ ")}. ${countsLine(counts)}.`
    : `${TIMELINE_SUBJECT}: خط زمني للتغطية الصحفية العربية. ${countsLine(counts)}.`;
  return { title, description, card: { title, lines } };
}

export function timelineImagePath(f: TimelineFilters): string {
  // `sort` does not change what the card says; leave it out so equal views share one image.
  const query = toSearchParams({ ...f, sort: "asc" }).toString();
  return query ? `/og/timeline?${query}` : "/og/timeline";
}
