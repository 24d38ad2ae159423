// Date words in a query are time, not words to match: «وقف إطلاق النار أيلول 2016», "talks 2014",
// «22 شباط 2016», «من تشرين الأول 2013 إلى كانون الثاني 2014» become a window on the article's (or its
// event's) date. Month names in every regional spelling come from lib/arabic/months.ts. A month name
// counts only beside a day or a year (a lone "may" or «آب» stays a word); quoted phrases are left alone.
import { monthOf } from "../arabic/date-words";
import { normalizeText } from "./normalize";

export interface DateWindow {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD. */
  to: string;
  /** The query's date words as typed, in order (for the chip that shows the window). */
  text: string;
}

/** Years a query may name: the talks' period with a margin (a bare 2254 is a resolution, not a year). */
export const YEARS = { min: 1990, max: 2030 } as const;
/** A single day also takes the reports of the days after it (coverage follows the event). */
export const DAY_SLACK = 2;

interface Token {
  start: number;
  end: number;
  raw: string;
  norm: string;
}

interface DatePart {
  year?: number;
  month?: number;
  day?: number;
  /** Token indexes covered, inclusive. */
  first: number;
  last: number;
}

const RANGE_OPEN = new Set(["من", "بين", "from", "between", "since", "منذ"]);
const RANGE_JOIN = new Set(["الي", "إلى", "الى", "حتي", "حتى", "و", "-", "–", "to", "and", "until", "till", "through"]);
// Words that only introduce a date and go with it: «عام 2014», «شهر أيلول», "in 2014", «يوم 22 ...».
const LEAD = new Set(["عام", "العام", "سنه", "سنة", "شهر", "يوم", "في", "خلال", "in", "during", "year", "on"]);

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function tokens(text: string): Token[] {
  const out: Token[] = [];
  // Quoted phrases keep their words: only text outside quotes is read for dates.
  const quoted: Array<[number, number]> = [];
  for (const m of text.matchAll(/"[^"]*"?|«[^»]*»?|“[^”]*”?/g)) quoted.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|[-–]/gu)) {
    const start = m.index!;
    if (quoted.some(([a, b]) => start >= a && start < b)) continue;
    // An excluded word (-2014) is not a date.
    if (start > 0 && /[-\u2212]/.test(text[start - 1]!) && (start === 1 || /\s/.test(text[start - 2]!))) continue;
    const raw = m[0];
    // «وأبريل», «و2016»: the conjunction glued to the second end of a range is a join of its own.
    const rest = raw.slice(1);
    if (raw.startsWith("و") && (monthOf(rest) || /^[\p{N}]{1,4}$/u.test(rest) || GLUED_MONTH_HEADS.has(normalizeText(rest)))) {
      out.push({ start, end: start + 1, raw: "و", norm: "و" });
      out.push({ start: start + 1, end: start + raw.length, raw: rest, norm: normalizeText(rest) });
      continue;
    }
    out.push({ start, end: start + raw.length, raw, norm: normalizeText(raw) });
  }
  return out;
}

/** First words of two-word month names (تشرين الأول, كانون الثاني), which monthOf reads only whole. */
const GLUED_MONTH_HEADS = new Set(["تشرين", "كانون"]);

const yearOf = (t: Token | undefined) => (t && /^\d{4}$/.test(t.norm) && +t.norm >= YEARS.min && +t.norm <= YEARS.max ? +t.norm : null);
const dayOf = (t: Token | undefined) => (t && /^\d{1,2}$/.test(t.norm) && +t.norm >= 1 && +t.norm <= 31 ? +t.norm : null);

/** A month name of one or two tokens at i (تشرين الأول, كانون الثاني), with its length. */
function monthAt(ts: Token[], i: number): { month: number; length: number } | null {
  if (i + 1 < ts.length) {
    const two = monthOf(`${ts[i]!.raw} ${ts[i + 1]!.raw}`);
    if (two) return { month: two, length: 2 };
  }
  const one = ts[i] ? monthOf(ts[i]!.raw) : null;
  return one ? { month: one, length: 1 } : null;
}

/** One date expression starting at token i: [day] month [year], month day[,] year, a year, or YYYY-MM[-DD]. */
function dateAt(ts: Token[], i: number): DatePart | null {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(ts[i]?.raw ?? "");
  if (iso && +iso[1]! >= YEARS.min && +iso[1]! <= YEARS.max) return { year: +iso[1]!, month: +iso[2]!, day: iso[3] ? +iso[3] : undefined, first: i, last: i };
  const day = dayOf(ts[i]);
  const m = monthAt(ts, day !== null ? i + 1 : i);
  if (m) {
    const after = (day !== null ? i + 1 : i) + m.length;
    // English order: month day, year ("October 14 2014").
    const dayAfter = day === null ? dayOf(ts[after]) : null;
    const yearAt = dayAfter !== null ? after + 1 : after;
    const year = yearOf(ts[yearAt]);
    const d = day ?? dayAfter ?? undefined;
    return { year: year ?? undefined, month: m.month, day: d, first: i, last: year !== null ? yearAt : dayAfter !== null ? after : after - 1 };
  }
  const year = yearOf(ts[i]);
  return year !== null ? { year, first: i, last: i } : null;
}

function bounds(p: DatePart, year: number): { from: string; to: string } {
  if (!p.month) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const ym = `${year}-${pad(p.month)}`;
  if (!p.day || p.day > lastDay(year, p.month)) return { from: `${ym}-01`, to: `${ym}-${pad(lastDay(year, p.month))}` };
  const end = new Date(Date.UTC(year, p.month - 1, p.day + DAY_SLACK));
  return { from: `${ym}-${pad(p.day)}`, to: end.toISOString().slice(0, 10) };
}

export interface ExtractedDates {
  window: DateWindow | null;
  /** The query with its date words (and the words that only introduced them) removed. */
  rest: string;
}

/** The date window a query names, and the query without those words. Never throws. */
export function extractDateWindow(text: string): ExtractedDates {
  const ts = tokens(text);
  const spans: Array<[number, number]> = [];
  let from: string | null = null;
  let to: string | null = null;
  const take = (a: DatePart, b: DatePart | null, firstToken: number, lastToken: number) => {
    const yearA = a.year ?? b?.year;
    const yearB = b ? (b.year ?? a.year) : yearA;
    if (!yearA || !yearB) return false;
    const x = bounds(a, yearA);
    const y = b ? bounds(b, yearB) : x;
    const lo = x.from <= y.from ? x.from : y.from;
    const hi = x.to >= y.to ? x.to : y.to;
    from = from === null || lo < from ? lo : from;
    to = to === null || hi > to ? hi : to;
    let s = firstToken;
    while (s > 0 && (LEAD.has(ts[s - 1]!.norm) || RANGE_OPEN.has(ts[s - 1]!.norm))) s--;
    spans.push([ts[s]!.start, ts[lastToken]!.end]);
    return true;
  };
  for (let i = 0; i < ts.length; i++) {
    const a = dateAt(ts, i);
    if (!a) continue;
    // A month needs a number beside it, its own or across a range ("from March to May 2014").
    const join = ts[a.last + 1];
    const b = join && RANGE_JOIN.has(join.norm) ? dateAt(ts, a.last + 2) : null;
    if (b && (a.month || b.month ? a.year || b.year : true) && take(a, b, a.first, b.last)) {
      i = b.last;
      continue;
    }
    if (a.month && !a.year) continue;
    if (take(a, null, a.first, a.last)) i = a.last;
  }
  if (from === null || to === null) return { window: null, rest: text };
  let rest = "";
  let at = 0;
  const typed: string[] = [];
  for (const [s, e] of spans) {
    rest += `${text.slice(at, s)} `;
    typed.push(text.slice(s, e).trim());
    at = e;
  }
  rest = `${rest}${text.slice(at)}`.replace(/\s+/g, " ").trim();
  return { window: { from, to, text: typed.join("، ") }, rest };
}
