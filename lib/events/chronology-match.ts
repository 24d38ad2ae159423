// Which occurrence of the reference chronology an article reports, if any: every entry near the article's
// date (or, undated, near the dates its words allow) is scored on the evidence a reader would use — who
// takes part, where, what kind of occurrence, the names the press gives it, and whether its day fits the
// article's date and weekdays — and the best entry is taken only when it clearly beats the next one.
import type { DateClues, WeekdayClue } from "../extract/types";
import type { ChronologyIndex, IndexedEntry } from "./chronology-index";
import { W } from "./chronology-weights";
import { dayOf, dayOfParts, weekdayOfDay } from "./days";
import type { Features } from "./features";
import type { EventKind } from "../enums/event-kind";
import { tokenize } from "../arabic/tokens";
import { clashes, periodHints, type PeriodHint } from "./period";
import { sharedTopics } from "./topic-words";

export interface ChronologyMatch {
  entry: IndexedEntry;
  score: number;
  /** Short English codes of what counted, for tests and the benchmark's misses. */
  reasons: string[];
}

/** A preview names an occurrence up to three weeks ahead; a report or reaction follows within a week. */
const PREVIEW_DAYS = 21;
const AFTER_DAYS = 7;

export function matchChronology(f: Features, index: ChronologyIndex): ChronologyMatch | null {
  return clearMatch(scoreChronology(f, index));
}

/** matchChronology's decision on entries already scored (scoreChronology), best first. */
export function clearMatch(scored: ChronologyMatch[]): ChronologyMatch | null {
  const [best, next] = scored;
  if (!best || best.score < W.minScore) return null;
  if (next && best.score - next.score < W.margin) return null;
  return best;
}

/**
 * The same evidence read with the rest of the load in view: an article that cannot tell apart a few entries on
 * its own (a tie, a lead under the margin, or a total a little under the minimum) reports the one of them whose
 * coverage in the load tells its story — outlets cover the same occurrences. `support` is how much wording the
 * article shares with an entry's clearly matched coverage (0 when the load has none); the entry with the most
 * is taken when it stands clearly above the others.
 */
export function matchCorroborated(f: Features, index: ChronologyIndex, support: (entryId: string) => number): ChronologyMatch | null {
  return corroboratedMatch(scoreChronology(f, index), support);
}

/** matchCorroborated's decision on entries already scored, best first: an unsure article is not scored twice. */
export function corroboratedMatch(scored: ChronologyMatch[], support: (entryId: string) => number): ChronologyMatch | null {
  const best = scored[0];
  if (!best || best.score < W.corroboratedMin) return null;
  const backed = scored
    .filter((m) => m.score >= W.corroboratedMin && best.score - m.score <= W.margin)
    .map((m) => ({ m, support: support(m.entry.entry.id) }))
    .filter((b) => b.support >= W.corroboratingText)
    .sort((a, b) => b.support - a.support);
  const [first, second] = backed;
  if (!first || (second && first.support < W.corroboratingLead * second.support)) return null;
  return { ...first.m, reasons: [...first.m.reasons, "corroborated"] };
}

/** Every candidate entry with its score and reasons, best first (matchChronology decides; tests and tools read it). */
export function scoreChronology(f: Features, index: ChronologyIndex): ChronologyMatch[] {
  const clues = f.item.dateClues ?? null;
  const aliasHits = aliasEntries(f, index);
  // A dated article's candidates are already near its date; an undated one needs its era.
  const periods = f.day === null ? periodHints(f.item) : [];
  const scored = candidates(f, clues, index).map((e) => scoreEntry(f, clues, e, aliasHits.has(e), periods, index));
  return scored.sort((a, b) => b.score - a.score || a.entry.start - b.entry.start);
}

function candidates(f: Features, clues: DateClues | null, index: ChronologyIndex): IndexedEntry[] {
  if (f.day !== null) return index.near(f.day - AFTER_DAYS, f.day + PREVIEW_DAYS, 0).filter((e) => f.day! >= e.start - PREVIEW_DAYS && f.day! <= e.end + AFTER_DAYS);
  const window = clues?.monthWindow;
  if (window) {
    const from = dayOf(`${window.year}-${String(window.month).padStart(2, "0")}-01`);
    return index.near(from, from + 30, PREVIEW_DAYS);
  }
  // Nothing dates it: every entry competes, and content evidence (people, place, kind, alias, era) decides.
  return index.entries;
}

function scoreEntry(f: Features, clues: DateClues | null, e: IndexedEntry, alias: boolean, periods: PeriodHint[], index: ChronologyIndex): ChronologyMatch {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    if (points === 0) return;
    score += points;
    reasons.push(`${why}${points > 0 ? "+" : ""}${points}`);
  };

  // People: the lead's and title's people count most; the principals of the entry absent from the article count against it.
  const principals = new Set(f.principals);
  const named = new Set(f.item.people);
  let shared = 0;
  for (const p of e.people) {
    if (principals.has(p)) {
      add(W.principal, `principal:${p}`);
      shared++;
    } else if (named.has(p)) {
      add(W.person, `person:${p}`);
      shared++;
    }
  }
  // "واشنطن وموسكو تقران ...": governments named for their people; the two sides stand for the principals.
  if (shared === 0) add(bothSides(f) ? W.bothSides : -W.noPeople, bothSides(f) ? "both-sides" : "no-people");
  if (otherPair(f, e, index)) add(-W.otherPair, "other-pair");

  // Place: the venue the text gives, else any mention; a venue elsewhere rules a meeting out.
  const placeId = e.entry.place;
  if (placeId) {
    if (f.venue?.placeId === placeId) add(W.venue, "venue");
    else if (f.venue?.placeId && f.venue.placeId === index.countryOf(placeId)) add(W.venueCountry, "venue-country");
    // «موسكو» and «واشنطن» name the two governments as often as the cities: in the lead they place little.
    else if (placeInLead(f, placeId)) add(SIDE_CAPITALS.has(placeId) ? W.capitalInLead : W.placeInLead, "place-in-lead");
    else if (f.item.places.includes(placeId)) add(W.placeNamed, "place-named");
    else if (f.venue?.fromText && f.venue.placeId) add(-W.otherVenue, "other-venue");
  } else if (f.venue?.fromText && f.kind !== "call") add(-W.venueForCall, "venue-for-call");

  add(kindPoints(f.kind, e.kind), `kind:${f.kind}/${e.kind}`);
  // Between occurrences the evidence cannot tell apart, the larger one: it drew more coverage.
  add(W.prominence[e.entry.kind], "prominence");
  if (alias) add(W.alias, "alias");
  add(Math.round(W.delegations * delegationsShared(f, e, index) * 100) / 100, "delegations");
  const topics = sharedTopics(e.topics, f.leadTopics);
  add(Math.round(W.topic * Math.min(1, topics.weight / W.topicFull) * 100) / 100, `topic(${topics.words.join(",")})`);
  datePoints(f, clues, e, add);
  const against = periods.filter((h) => clashes(h, e.start)).slice(0, W.maxPeriodClashes);
  for (const h of against) add(-W.periodClash, `period:${h.why}`);
  return { entry: e, score: Math.round(score * 100) / 100, reasons };
}

function kindPoints(article: EventKind, entry: EventKind): number {
  if (article === "call" || entry === "call") return article === entry ? W.sameCall : article === "statement" || article === "other" ? 0 : -W.kindClash;
  // Coverage of a conference calls it a meeting as often as a conference.
  // An agreement reaches the press as its announcement: a statement.
  const family = (k: EventKind) => (k === "conference" ? "meeting" : k === "agreement" ? "statement" : k);
  if (family(article) === family(entry)) return W.sameKind;
  // A visit is reported as the talks held during it, and talks as the visit: but neither is a conference.
  if ((article === "visit" && entry === "meeting") || (article === "meeting" && entry === "visit")) return W.sameKind;
  return 0;
}

function datePoints(f: Features, clues: DateClues | null, e: IndexedEntry, add: (points: number, why: string) => void) {
  if (f.day !== null) {
    const gap = f.day < e.start ? e.start - f.day : f.day > e.end ? f.day - e.end : 0;
    if (gap <= 1) add(W.dateSame, "date-same");
    // Calls are many and a day long: two days off is another call.
    else if (gap <= 3 && e.kind !== "call") add(W.dateNear, "date-near");
  }
  add(dayMonthPoints(clues, e), "day-month");
  if (f.day === null && clues) {
    const lead = clues.weekdays.filter((w) => w.lead);
    if (lead.length > 0) {
      const preview = clues.weekdays.some((w) => (w.relation === "next" || w.relation === "tomorrow") && weekdayFit(w, e, false, clues) === 2);
      const fit = Math.max(...lead.map((w) => weekdayFit(w, e, preview, clues)));
      // A day named as coming («الاثنين المقبل», «غدا») lies ahead of the writing: it may be the occurrence's
      // (a preview) or what the occurrence set in motion (a truce from Monday); off the occurrence it says nothing.
      const onlyAhead = lead.every((w) => AHEAD.has(w.relation));
      if (fit > 0 || !onlyAhead) add(fit === 2 ? W.weekdayFits : fit === 1 ? W.weekdayNear : -W.weekdayClash, fit ? "weekday-fits" : "weekday-clash");
    }
    // "يلتقي بوتين الثلاثاء المقبل": a preview naming the occurrence's day ahead is about that occurrence.
    if (clues.weekdays.some((w) => w.relation === "next" && weekdayFit(w, e, false, clues) === 2)) add(W.weekdayAhead, "weekday-ahead");
    // A text naming a year later than the occurrence was written after it, and long after if by years.
    const latest = clues.years.length ? clues.years[clues.years.length - 1]! : null;
    const year = Number(e.entry.date.slice(0, 4));
    if (latest !== null && latest > year + 1) add(-W.laterYear, "later-year");
  }
}

/**
 * A day and month the text writes («13 كانون الثاني», «الأربعاء 16 ديسمبر»), read in the occurrence's year: on
 * one of its days it names the occurrence; within a week it dates the article to the same days. A weekday
 * written beside it must agree with the calendar.
 */
function dayMonthPoints(clues: DateClues | null, e: IndexedEntry): number {
  const year = Number(e.entry.date.slice(0, 4));
  let best = 0;
  for (const dm of clues?.dayMonths ?? []) {
    const day = dayOfParts(year, dm.month, dm.day);
    if (day === null || (dm.weekday !== null && weekdayOfDay(day) !== dm.weekday)) continue;
    if (day >= e.start && day <= e.end) best = Math.max(best, W.dayMonth);
    else if (day >= e.start - 7 && day <= e.end + 7) best = Math.max(best, W.dayMonthNear);
  }
  return best;
}

/**
 * How well a weekday the lead names fits the occurrence: 2 when it names one of its days as the text uses it —
 * a bare weekday, "أمس X", "غدا X", "X المقبل" or "X الماضي" the occurrence's day; "اليوم X" that day or, in a
 * preview (another clue names the occurrence's day ahead), a day in the week before — 1 when one day off ("اليوم
 * X" up to two days after, as a report written then; the day before only in a preview), 0 otherwise.
 */
function weekdayFit(w: WeekdayClue, e: IndexedEntry, preview: boolean, clues: DateClues): number {
  const pinned = pinnedDay(w, clues, Number(e.entry.date.slice(0, 4)));
  const on = (d: number) => (pinned === null ? weekdayOfDay(d) === w.weekday : d === pinned);
  const within = (from: number, to: number) => {
    for (let d = from; d <= to; d++) if (on(d)) return true;
    return false;
  };
  if (w.relation === "today") {
    if (within(e.start, e.end) || (preview && within(e.start - 6, e.start - 1))) return 2;
    return within(preview ? e.start - 1 : e.start, e.end + 2) ? 1 : 0;
  }
  if (within(e.start, e.end)) return 2;
  return within(e.start - 1, e.end + 1) ? 1 : 0;
}

const AHEAD = new Set<WeekdayClue["relation"]>(["next", "tomorrow", "dayAfterTomorrow"]);
const SIDE_CAPITALS = new Set(["washington", "moscow"]);
const US_SIDE = ["united-states", "washington"];
const RUSSIAN_SIDE = ["russia", "moscow"];
const bothSides = (f: Features) => f.leadPlaces.some((p) => US_SIDE.includes(p)) && f.leadPlaces.some((p) => RUSSIAN_SIDE.includes(p));

/** Characters between a weekday and the date it is given («السبت المقبل 27 شباط»): a relation word and spaces. */
const PIN_GAP = 12;

/**
 * The day a weekday is pinned to by the date written right after it («السبت المقبل 27 شباط»), read in `year`
 * and only when the calendar agrees; null for a weekday standing alone. A pinned weekday names that day, not
 * whichever day of that name an occurrence has.
 */
function pinnedDay(w: WeekdayClue, clues: DateClues, year: number): number | null {
  const end = w.at + w.text.length;
  const dm = clues.dayMonths.find((d) => d.inTitle === w.inTitle && d.at >= end && d.at - end <= PIN_GAP);
  if (!dm) return null;
  const day = dayOfParts(year, dm.month, dm.day);
  return day !== null && weekdayOfDay(day) === w.weekday ? day : null;
}

const MIN_DELEGATIONS = 2;

/**
 * «محادثات أجراها الجبير مع لافروف في موسكو»: the story's pair is one side's minister and a third country's,
 * and it names nobody of the other side. An occurrence of the two sides that the third did not attend is
 * another meeting, whatever its place and day. (Syria's own figures are the topic, not a third party.)
 */
function otherPair(f: Features, e: IndexedEntry, index: ChronologyIndex): boolean {
  if (f.main.length < 2) return false;
  const sideOf = (id: string) => {
    const c = index.personCountry(id);
    return c === "US" || c === "RU" ? c : null;
  };
  const third = f.main.find((id) => {
    const c = index.personCountry(id);
    return c !== null && c !== "SY" && sideOf(id) === null;
  });
  const side = f.main.map(sideOf).find((s) => s !== null);
  if (!third || !side || e.people.has(third)) return false;
  const other = side === "US" ? "RU" : "US";
  const entrySides = new Set([...e.people].map(sideOf));
  return entrySides.has(other) && !f.item.people.some((id) => sideOf(id) === other);
}

/**
 * How far the delegations the story lists («شاركت فيه الولايات المتحدة وروسيا وتركيا والسعودية», features.ts)
 * are the entry's: shared over all named by either (Jaccard), the host country left out on both sides.
 */
function delegationsShared(f: Features, e: IndexedEntry, index: ChronologyIndex): number {
  if (e.delegations.size === 0) return 0;
  // The host country is named as the venue's, on either side.
  const host = e.entry.place ? (index.countryOf(e.entry.place) ?? e.entry.place) : null;
  const named = [...f.topCountries].filter((c) => c !== host);
  const delegations = [...e.delegations].filter((c) => c !== host);
  if (named.length === 0 || delegations.length === 0) return 0;
  const shared = named.filter((c) => e.delegations.has(c)).length;
  // One country in common is a story's aside («في سوريا والعراق»); a list of delegations shares several.
  return shared < MIN_DELEGATIONS ? 0 : shared / (named.length + delegations.length - shared);
}

/** The place is named in the title or the first paragraph (by any gazetteer spelling). */
function placeInLead(f: Features, placeId: string): boolean {
  return f.leadPlaces.includes(placeId);
}

function aliasEntries(f: Features, index: ChronologyIndex): Set<IndexedEntry> {
  const hits = new Set<IndexedEntry>();
  const lead = f.item.body.split(/\n\s*\n/)[0] ?? "";
  for (const text of [f.item.title, lead]) for (const h of index.aliases.scan(tokenize(text))) hits.add(index.entries[h.target]!);
  return hits;
}
