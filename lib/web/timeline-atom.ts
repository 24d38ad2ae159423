// The timeline as an Atom feed (RFC 4287): dated events, newest first. Pure: the caller gives the
// absolute base URL, so links work wherever the feed is read.

import { EVENT_KIND_LABELS } from "../enums/event-kind";
import { titleText } from "../display/title";
import { labelOf } from "../enums/values";

export interface AtomEvent {
  slug: string;
  title: string;
  kind: string;
  date: string | null;
  dateEnd: string | null;
  place: string | null;
  participants: Array<{ nameAr: string }>;
  articles: Array<{ title: string; outlet: { nameAr: string } | null }>;
}

export const MAX_FEED_ENTRIES = 100;
export const FEED_TITLE = "الخط الزمني للمحادثات";

// Characters XML 1.0 does not allow at all, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function summaryOf(e: AtomEvent): string {
  const parts = [labelOf(EVENT_KIND_LABELS, e.kind), e.dateEnd ? `${e.date} – ${e.dateEnd}` : e.date];
  if (e.place) parts.push(e.place);
  if (e.participants.length) parts.push(`المشاركون: ${e.participants.map((p) => p.nameAr).join("، ")}`);
  parts.push(`التغطية: ${e.articles.map((a) => (a.outlet ? `${titleText(a.title)} (${a.outlet.nameAr})` : titleText(a.title))).join("؛ ")}`);
  return parts.filter(Boolean).join(". ");
}

/**
 * The feed. `base` is the site's origin ("https://host"); `query` the canonical filter string
 * ("" or "kind=call"), so the feed's own id and links name the filtered view.
 */
export function timelineAtom(events: AtomEvent[], base: string, query: string): string {
  const dated = events
    .filter((e) => e.date)
    .sort((a, b) => b.date!.localeCompare(a.date!) || a.slug.localeCompare(b.slug))
    .slice(0, MAX_FEED_ENTRIES);
  const q = query ? `?${query}` : "";
  const self = `${base}/feed.xml${q}`;
  const updated = dated[0] ? `${dated[0].date}T00:00:00Z` : "1970-01-01T00:00:00Z";
  const entries = dated.map((e) => {
    const link = `${base}/events/${encodeURIComponent(e.slug)}`;
    return [
      "  <entry>",
      `    <id>${xmlEscape(link)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `    <updated>${e.date}T00:00:00Z</updated>`,
      `    <summary>${xmlEscape(summaryOf(e))}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">',
    `  <id>${xmlEscape(self)}</id>`,
    `  <title>${xmlEscape(FEED_TITLE)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}/${q}`)}"/>`,
    "  <author><name>Syria Talks Reader</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
