// What an article's URL says: the host to look the outlet up by, a date written in the path
// (/2016/09/01/, /2016-09-01-, 20160901), and 10-digit Unix timestamps (evidence only when the text agrees,
// which date-select decides).
import { memoize } from "../cache";

export interface UrlDate {
  iso: string; // YYYY-MM-DD
  /** The URL text the date was read from, with its neighbouring separators. */
  segment: string;
}

export interface UrlTimestamp extends UrlDate {
  seconds: number;
}

/** What the readers below use of a URL: the host, the decoded path and the query. */
interface ParsedUrl {
  hostname: string;
  path: string;
  search: string;
}

// An article's URL is read by several steps (outlet, date, date clues): parsed and decoded once.
const parse = memoize((url: string): ParsedUrl | null => {
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? { hostname: u.hostname, path: decodePath(u.pathname), search: u.search } : null;
  } catch {
    return null;
  }
}, 64);

// Mobile, AMP and archive hosts of a site are the same outlet (www2., amp1., old. ...).
const MIRROR_PREFIX = /^(?:(?:www\d*|m|amp\d*|mobile|old)\.)+(?=[^.]+\.[^.]+)/;

/** "host/path" with www., m., amp., mobile. and old. removed, lower-case: what the outlet registry is keyed by. */
export function urlHostKey(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, "").replace(MIRROR_PREFIX, "");
  return `${host}${u.path.toLowerCase()}`;
}

export function urlHost(url: string): string | null {
  return urlHostKey(url)?.split("/")[0] ?? null;
}

// A language folder before the publisher's slug on a mirror site (djazairess.com/fr/elwatan/...).
const LANGUAGE_SEGMENT = /^(?:ar|fr|en)$/;

/** The first path segment that is not a language folder, lower-case: a mirror site's publisher slug. */
export function firstPathSegment(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const segments = u.path.toLowerCase().split("/").filter(Boolean);
  const first = LANGUAGE_SEGMENT.test(segments[0] ?? "") ? segments[1] : segments[0];
  return first ?? null;
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function calendarDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

const YEAR = "((?:199|20[0-3])\\d)";
// /2016/09/01/, /2016-9-1-, _2016_09_01. : a year, month and day with one separator kind between them.
const SEPARATED = new RegExp(`(?:^|[/_.-])${YEAR}([/_.-])(\\d{1,2})\\2(\\d{1,2})(?=$|[/_.?#-])`, "i");
const COMPACT = new RegExp(`(?<!\\d)${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)`);

/** A date written in the URL's path: /2016/09/01/, /2016-09-01-, 20160901. */
export function urlDate(url: string): UrlDate | null {
  const u = parse(url);
  const path = u ? u.path : url;
  const sep = SEPARATED.exec(path);
  if (sep) {
    const iso = calendarDate(Number(sep[1]), Number(sep[3]), Number(sep[4]));
    if (iso) return { iso, segment: around(path, sep.index, sep.index + sep[0].length) };
  }
  const compact = COMPACT.exec(path);
  if (compact) {
    const iso = calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (iso) return { iso, segment: around(path, compact.index, compact.index + compact[0].length) };
  }
  return null;
}

// /2015/8/ or /2015/12 with no day after: an archive month (elaph, blog archives), a window and not a date.
const MONTH_ONLY = new RegExp(`(?:^|/)${YEAR}/(\\d{1,2})(?=/|$)(?!/\\d{1,2}(?:$|[/_.?#-]))`);

/** A year and month the path names without a day (/2015/8/1028157.html, /2015/12): a month window. */
export function urlMonth(url: string): { year: number; month: number } | null {
  const u = parse(url);
  const path = u ? u.path : url;
  if (urlDate(url)) return null;
  const m = MONTH_ONLY.exec(path);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

// Unix seconds of 2011-01-01 and 2019-01-01: the years a timestamp in our corpus can plausibly name.
const TS_MIN = 1293840000;
const TS_MAX = 1546300800;
// Publishers in the region write local time; UTC+3 (Damascus in summer, Moscow, the Gulf's west) reads
// an evening timestamp on the day the page printed.
const LOCAL_OFFSET_SECONDS = 3 * 3600;

/** Every 10-digit number in the URL (path or query) that decodes to a date in 2011-2018. */
export function urlTimestamps(url: string): UrlTimestamp[] {
  const u = parse(url);
  const text = u ? `${u.path}${u.search}` : url;
  const out: UrlTimestamp[] = [];
  for (const m of text.matchAll(/(?<!\d)(1[2-5]\d{8})(?!\d)/g)) {
    const seconds = Number(m[1]);
    if (seconds < TS_MIN || seconds >= TS_MAX) continue;
    const iso = new Date((seconds + LOCAL_OFFSET_SECONDS) * 1000).toISOString().slice(0, 10);
    out.push({ iso, seconds, segment: around(text, m.index, m.index + m[0].length) });
  }
  return out;
}

/** The matched path text with an ellipsis where the URL goes on: "…/2016/09/01/…". */
function around(s: string, start: number, end: number): string {
  if (start > 0 && /[/_.-]/.test(s[start - 1]!) && !/^[/_.-]/.test(s.slice(start, end))) start--;
  let seg = s.slice(start, end);
  if (end < s.length && /[/_.-]/.test(s[end]!) && !/[/_.-]$/.test(seg)) seg += s[end++];
  // The host always comes before the path, hence the leading ellipsis.
  return `…${seg}${end < s.length ? "…" : ""}`;
}
