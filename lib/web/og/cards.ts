// What the preview cards say: titles and short Arabic lines for an event and for a filtered timeline.
// Pure: shared by the PNG routes and the pages' metadata, so the image and the description agree.
// Digits: the page's description follows the reader's display settings (`display`); the PNG routes
// pass none and keep Western digits — an image is cached and shown to everyone who sees the link,
// whatever their own setting, like the CSV, Atom and JSON outputs, which are data formats.
import { EVENT_KIND_LABELS, type EventKind } from "../../enums/event-kind";
import { formatArabicDate, formatArabicDateRange, formatArabicMonth } from "../../display/dates";
import { formatNumber, localizeDigits } from "../../display/numbers";
import { DEFAULT_DISPLAY, type DisplaySettings } from "../../display/settings";
import { startOf } from "../../params/dates";
import { toSearchParams, type TimelineFilters } from "../../params/timeline";
import type { OgCard } from "./render";

export { OG_BRAND, OG_HEIGHT, OG_LOCALE, OG_WIDTH } from "./constants";
export const TIMELINE_TITLE = "الخط الزمني";
const TIMELINE_SUBJECT = "المحادثات الأميركية الروسية حول سوريا (2013–2017)";
const TIMELINE_SUBJECT_IN = (display: DisplaySettings) => localizeDigits(TIMELINE_SUBJECT, display);

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

function dateWords(value: string, display: DisplaySettings): string {
  return value.length === 7 ? formatArabicMonth(startOf(value), display) : formatArabicDate(value, display);
}

/** The active filters, one Arabic phrase each, in the URL's order. Empty when nothing is filtered. */
export function describeFilters(f: TimelineFilters, names: FilterNames = {}, display: DisplaySettings = DEFAULT_DISPLAY): string[] {
  const dateWordsOf = (value: string) => dateWords(value, display);
  const nameOf = (list: FilterNames["participants"], id: string) => list?.find((x) => x.id === id)?.nameAr ?? id;
  const out: string[] = [];
  if (f.participants.length) out.push(`المشاركون: ${f.participants.map((id) => nameOf(names.participants, id)).join("، ")}`);
  if (f.outlet) out.push(`المصدر: ${nameOf(names.outlets, f.outlet)}`);
  if (f.kind) out.push(`النوع: ${EVENT_KIND_LABELS[f.kind]}`);
  if (f.place) out.push(`المكان: ${f.place}`);
  if (f.from && f.to) out.push(`الفترة: من ${dateWordsOf(f.from)} إلى ${dateWordsOf(f.to)}`);
  else if (f.from) out.push(`منذ ${dateWordsOf(f.from)}`);
  else if (f.to) out.push(`حتى ${dateWordsOf(f.to)}`);
  if (f.q) out.push(`البحث: «${f.q}»`);
  return out;
}

export function countsLine(counts: { events: number; articles: number }, display: DisplaySettings = DEFAULT_DISPLAY): string {
  return `عدد الأحداث: ${formatNumber(counts.events, display)} · عدد المقالات: ${formatNumber(counts.articles, display)}`;
}

export interface TimelineSummary {
  title: string;
  description: string;
  card: OgCard;
}

export function timelineSummary(
  f: TimelineFilters,
  counts: { events: number; articles: number },
  names: FilterNames = {},
  display: DisplaySettings = DEFAULT_DISPLAY,
): TimelineSummary {
  const described = describeFilters(f, names, display);
  const people = f.participants.map((id) => names.participants?.find((p) => p.id === id)?.nameAr ?? id);
  const title = people.length ? `${TIMELINE_TITLE}: ${people.join("، ")}` : described.length ? `${TIMELINE_TITLE} (مُصفّى)` : `${TIMELINE_TITLE}: ${TIMELINE_SUBJECT_IN(display)}`;
  const lines = [...described, countsLine(counts, display)];
  const description = described.length
    ? `${TIMELINE_SUBJECT_IN(display)}. ${described.join("؛ ")}. ${countsLine(counts, display)}.`
    : `${TIMELINE_SUBJECT_IN(display)}: خط زمني للتغطية الصحفية العربية. ${countsLine(counts, display)}.`;
  return { title, description, card: { title, lines } };
}

export function timelineImagePath(f: TimelineFilters): string {
  // `sort` does not change what the card says; leave it out so equal views share one image.
  const query = toSearchParams({ ...f, sort: "asc" }).toString();
  return query ? `/og/timeline?${query}` : "/og/timeline";
}
