// Datelines: "موسكو - الفرنسية" on a line of its own, or "لندن- قال ..." / "موسكو ـ قال ..." opening the
// first paragraph, where it must be cut off the body. A dash may be -, –, — or a spaced kashida (ـ).
import { findDates } from "../arabic/dates";

export interface DatelineParts {
  city: string;
  source: string | null;
}

export interface DatelinePrefix extends DatelineParts {
  /** The dateline as written, cut off the paragraph (it may hold a date). */
  head: string;
  /** The paragraph without its dateline. */
  rest: string;
}

// Words that show the "city" is the start of a sentence, not a place.
const NOT_CITY = new Set(["في", "من", "على", "علي", "إلى", "الى", "الي", "عن", "أن", "ان", "إن", "قال", "وقال", "قالت", "هذا", "هذه", "التي", "الذي", "كما", "بعد", "قبل", "مع"]);
const PLACE_WORD = /^[\p{L}\p{M}]{2,}$/u;
const QUOTES = /[«»"“”'()]/g;

function cityOf(text: string): string | null {
  let head = text;
  for (const d of findDates(head).reverse()) head = head.slice(0, d.start) + head.slice(d.end);
  // "هانغتشو، الصين" keeps its comma; only the edges are trimmed.
  head = head.replace(/\s+/g, " ").replace(/^[\s،,.:]+|[\s،,.:]+$/g, "");
  const words = head.replace(/[،,]/g, " ").split(" ").filter(Boolean);
  if (words.length < 1 || words.length > 3 || !words.every((w) => PLACE_WORD.test(w) && !NOT_CITY.has(w))) return null;
  return head;
}

const cleanSource = (s: string) => s.replace(QUOTES, "").replace(/\s+/g, " ").trim();

/** A whole line "City - Source" or "City (Source)". The caller decides whether the source is credible. */
export function parseDatelineLine(text: string): DatelineParts | null {
  const m = /^(.{2,40}?)\s*(?:[-–—]+|\sـ+)\s*(.{2,40})$/u.exec(text) ?? /^(.{2,40}?)\s*\(([^()]{2,40})\)$/u.exec(text);
  if (!m) return null;
  const city = cityOf(m[1]!);
  const source = cleanSource(m[2]!);
  if (!city || !source || source.split(" ").length > 4 || /\d/.test(source)) return null;
  return { city, source };
}

// City, an optional "(source)", then a dash with a space on at least one side.
const PREFIX = /^(.{2,60}?)(?:\s+[-–—ـ]+\s*|[-–—]+\s+)(?=\S)/u;
const SECOND = /^(\(?[^\-–—ـ:()]{1,30}?\)?)\s*(?:[-–—ـ]+|:)\s+/u;
const MIN_REST_WORDS = 4;

// "باريس: وجه وزير ...": a city and a colon. A colon also follows speakers («لافروف: ...») and topics
// («سوريا: ...»), so this form needs a city the gazetteer knows; and a capital speaking for its government
// heads a headline («موسكو: لا حل عسكري في سوريا»), so it needs a paragraph's length after it.
const COLON_MIN_REST_WORDS = 12;
const COLON_PREFIX = /^([^\s:،,]{2,20}(?: [^\s:،,]{2,20})?):\s+(?=\S)/u;

export interface DatelineTests {
  /** Whether a short text names an agency or outlet (it decides "بيروت - رويترز - قال"). */
  isSource: (s: string) => boolean;
  /** Whether a short text is a city the gazetteer knows (it decides "باريس: وجه ..."). */
  isCity: (s: string) => boolean;
}

export function parseDatelinePrefix(text: string, tests: DatelineTests): DatelinePrefix | null {
  return dashPrefix(text, tests.isSource) ?? colonPrefix(text, tests.isCity);
}

function colonPrefix(text: string, isCity: (s: string) => boolean): DatelinePrefix | null {
  const m = COLON_PREFIX.exec(text);
  if (!m || !isCity(m[1]!)) return null;
  const rest = text.slice(m[0].length);
  if (rest.split(/\s+/).length < COLON_MIN_REST_WORDS) return null;
  return { city: m[1]!, source: null, head: m[0].trim(), rest };
}

function dashPrefix(text: string, isSource: (s: string) => boolean): DatelinePrefix | null {
  const m = PREFIX.exec(text);
  if (!m) return null;
  let head = m[1]!;
  let source: string | null = null;
  const paren = /\(([^()]{1,40})\)\s*$/u.exec(head);
  if (paren) {
    source = cleanSource(paren[1]!);
    head = head.slice(0, paren.index);
  }
  const city = cityOf(head);
  if (!city) return null;
  let rest = text.slice(m[0].length);
  const second = source ? null : SECOND.exec(rest);
  if (second && isSource(cleanSource(second[1]!))) {
    source = cleanSource(second[1]!);
    rest = rest.slice(second[0].length);
  }
  if (rest.split(/\s+/).length < MIN_REST_WORDS) return null;
  return { city, source, head: text.slice(0, text.length - rest.length).trim(), rest };
}

// What may stand before a dateline inside a line: its start, a number (a counter glued on) or punctuation.
const DATELINE_TAIL = /(?:^|[\d.!?؟:|»"“”])\s*([^\d.!?؟:|»"“”]{2,60}?)\s*[،,]?\s*$/u;

/**
 * The dateline the text before a date ends with, as written: «نيويورك - سامر حداد», «بيروت،», «لندن -
 * رويترز». A city (one to three place-like words), then an optional dash and a source or writer of up to
 * three words. Null when it ends otherwise.
 */
export function datelineBefore(before: string): string | null {
  const m = DATELINE_TAIL.exec(before);
  if (!m) return null;
  const [place, ...rest] = m[1]!.split(/\s*(?:[-–—]+|\sـ+)\s*/u);
  if (!place || !cityOf(place) || rest.length > 1) return null;
  const source = (rest[0] ?? "").trim().split(/\s+/).filter(Boolean);
  return source.length <= 3 && source.every((w) => PLACE_WORD.test(w)) ? m[1]!.trim() : null;
}
