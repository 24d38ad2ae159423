// Everything grouping reads from one article, computed once: kind cues, main people, venue,
// the day it reports, weekday and day-of-visit cues for dating, and its text fingerprint.
import { findWeekdayMentions } from "../arabic/weekday-mentions";
import { tokenize, type Token } from "../arabic/tokens";
import { loadEventCues, type EventCues } from "./cues";
import { dayOf, previousWeekday } from "./days";
import type { EventKind } from "../enums/event-kind";
import { loadEventNames, type EventNames } from "./names";
import { shingleSet } from "./text-sim";
import type { CoverageItem } from "./types";
import { findVenue, type Venue } from "./venue";
import { findCounterpart } from "./counterpart";
import { topicKeysOf } from "./topic-words";
import { clauseAfter } from "./clause";
import { NOT_DELEGATIONS } from "./chronology-index";

/** A dated article saying "الخميس" on a Friday reports Thursday; further back, a weekday is background. */
export const REPORT_LAG_DAYS = 2;
/** Paragraphs read for cues: title, lead and the next two hold what happened, later ones the background. */
const TOP_PARAGRAPHS = 3;
/** A lead a whole brief long (one paragraph) says what the story is about in its first words. */
const LEAD_TOPIC_WORDS = 60;

export interface Features {
  item: CoverageItem;
  /** Publication day (days since epoch), null when undated. */
  day: number | null;
  /** The day the article reports: `day`, moved back to a weekday its lead names within REPORT_LAG_DAYS. */
  eventDay: number | null;
  kind: EventKind;
  /** Every kind cued near the top, in priority order. */
  kinds: EventKind[];
  /** People the lead names, then the title, the lead photo's caption, then the counterpart: who the story is about. The lead comes
   * first because its subject acts, while a headline may name a topic ("مصير الأسد"). */
  principals: string[];
  /** The main people a title names: the first principal and the counterpart met or called. */
  main: string[];
  venue: Venue | null;
  /** A lasting event: a visit, a round of talks, "اليوم الثاني". */
  multiDay: boolean;
  /** "اليوم الثاني والأخير من زيارته": which day of a lasting event it reports, and the words. */
  dayOfEvent: { day: number; quote: string } | null;
  /** Places (ids) the title or the lead names, in any role. */
  leadPlaces: string[];
  /**
   * Content words of the title and the lead's story (topic-words.ts), to tell occurrences apart by subject.
   * Only the words an entry's title shares count, and those leave out notTopics already (chronology-index.ts).
   */
  leadTopics: ReadonlySet<string>;
  /** Countries the top of the story lists as taking part («شاركت فيه ... تركيا والسعودية»), but Syria and the two sides. */
  topCountries: ReadonlySet<string>;
  /** The first weekday the lead (else the title) names. */
  weekday: { weekday: number; text: string } | null;
  shingles: Uint32Array;
}

interface Paragraph {
  text: string;
  tokens: Token[];
}

export function featuresOf(item: CoverageItem, cues: EventCues = loadEventCues(), names: EventNames = loadEventNames()): Features {
  const title: Paragraph = { text: item.title, tokens: tokenize(item.title) };
  const paragraphs = item.body
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((text) => ({ text, tokens: tokenize(text) }));
  const top = [title, ...paragraphs.slice(0, TOP_PARAGRAPHS)];
  const lead = paragraphs[0] ?? { text: "", tokens: [] };

  const parts = withCues([title, ...paragraphs], cues);
  const kindsOf = (ps: typeof parts) => {
    const found = new Set(ps.flatMap((p) => p.cues.map((h) => h.target)));
    return cues.priority.filter((k) => found.has(k));
  };
  // Title and lead together: a headline about "the meeting in Munich" over a lead about a call is a call.
  const kind = kindsOf(parts.slice(0, 2))[0] ?? "other";
  const kinds = kindsOf(parts.slice(0, TOP_PARAGRAPHS + 1));

  const day = item.publishedAt ? dayOf(item.publishedAt) : null;
  const weekday = firstWeekday(lead.text) ?? firstWeekday(item.title);
  const venue = kind === "call" ? null : findVenue(parts, item.datelineCity, names, cues.ahead);
  // The lead photo's caption names the story's protagonist more often than not; it counts after the lead and title.
  const caption: Paragraph = { text: item.caption ?? "", tokens: tokenize(item.caption ?? "") };
  const principals = principalsOf(item, [lead, title, caption], names);
  const counterpart = findCounterpart(parts.slice(0, TOP_PARAGRAPHS + 1), new Set(item.people), names);
  const main = counterpart && counterpart !== principals[0] ? [principals[0] ?? counterpart, counterpart] : principals;
  return {
    item,
    day,
    eventDay: day === null ? null : reportedDay(day, weekday?.weekday ?? null),
    kind,
    kinds,
    principals: counterpart && !principals.includes(counterpart) ? [...principals, counterpart] : principals,
    main: [...new Set(main)].slice(0, 2),
    venue,
    multiDay: kind === "visit" || top.some((p) => cues.multiDay.scan(p.tokens).length > 0),
    dayOfEvent: dayOfEventIn(top, cues),
    leadPlaces: [...new Set([title, lead].flatMap((p) => names.places.scan(p.text, new Set(), p.tokens).map((h) => h.personId)))],
    topCountries: delegationsIn(parts.slice(0, TOP_PARAGRAPHS + 1), names),
    leadTopics: topicKeysOf([parts[0]!.tokens, (parts[1]?.tokens ?? []).slice(0, LEAD_TOPIC_WORDS)], ignoredWords(cues, names)),
    weekday,
    shingles: shingleSet([title.tokens, ...paragraphs.map((p) => p.tokens)], ignoredWords(cues, names)),
  };
}

// «شاركت فيه», «ويشارك في الاجتماع أيضا», «بمشاركة», «بحضور»: the words that open a list of delegations. A bare
// «مشاركة» is not one («يريد مشاركة مصر وإيران في أي محادثات مستقبلية» names who has not taken part).
const TAKES_PART = /^[وف]?(?:شارك|شاركت|يشارك|تشارك|يشاركون|شاركوا|يشاركان|تشاركان|بمشاركه|بحضور)$/u;
/** Words after it within which its list runs: «في الاجتماع أيضا وزراء خارجية إيران، السعودية، قطر، مصر، ...». */
const DELEGATIONS_REACH = 16;

/** Countries named in the sentence after a word of taking part (a list of the delegations), but Syria and the two sides. */
function delegationsIn(parts: Paragraph[], names: EventNames): Set<string> {
  const found = new Set<string>();
  for (const p of parts)
    p.tokens.forEach((t, i) => {
      if (!TAKES_PART.test(t.norm)) return;
      const list = clauseAfter(p.text, p.tokens, i, DELEGATIONS_REACH).text;
      for (const h of names.places.scan(list, new Set())) if (names.place(h.personId)?.kind === "country" && !NOT_DELEGATIONS.has(h.personId)) found.add(h.personId);
    });
  return found;
}

// Stopwords and names, as one set per (cues, names) pair: text-sim caches word hashes per set.
const ignored = new WeakMap<EventCues, WeakMap<EventNames, ReadonlySet<string>>>();
function ignoredWords(cues: EventCues, names: EventNames): ReadonlySet<string> {
  let byNames = ignored.get(cues);
  if (!byNames) ignored.set(cues, (byNames = new WeakMap()));
  let set = byNames.get(names);
  if (!set) byNames.set(names, (set = new Set([...cues.stopwords, ...names.nameWords])));
  return set;
}

function reportedDay(day: number, weekday: number | null): number {
  if (weekday === null) return day;
  const back = previousWeekday(day, weekday);
  return day - back <= REPORT_LAG_DAYS ? back : day;
}

function firstWeekday(text: string): Features["weekday"] {
  const m = findWeekdayMentions(text)[0];
  return m ? { weekday: m.weekday, text: m.text } : null;
}

// People the lead or title names; an article whose top names nobody falls back on its first two people.
function principalsOf(item: CoverageItem, parts: Paragraph[], names: EventNames): string[] {
  const known = new Set(item.people);
  const listed = new Set(item.people);
  const found: string[] = [];
  for (const { text, tokens } of parts)
    for (const m of names.people.scan(text, known, tokens)) if ((listed.size === 0 || listed.has(m.personId)) && !found.includes(m.personId)) found.push(m.personId);
  return found.length > 0 ? found : item.people.slice(0, 2);
}

function withCues(paragraphs: Paragraph[], cues: EventCues) {
  return paragraphs.map(storyPart(cues)).map((p, i) => ({ ...p, cues: cues.kinds.scan(p.tokens), weight: i === 0 ? 3 : i === 1 ? 2 : i <= TOP_PARAGRAPHS ? 1 : 0.5 }));
}

/**
 * A paragraph up to the words that turn it to another story («. من جهة أخرى، استقبل الأسد ...»): they open the
 * paragraph or a sentence there; inside one («قال لافروف من جهة أخرى إن») they only weigh two sides of a story.
 */
const storyPart =
  (cues: EventCues) =>
  (p: Paragraph): Paragraph => {
    const shift = cues.topicShift.scan(p.tokens).find((h) => h.first === 0 || SENTENCE_OPENS.test(p.text.slice(0, p.tokens[h.first]!.start)));
    return shift ? { text: p.text.slice(0, p.tokens[shift.first]!.start), tokens: p.tokens.slice(0, shift.first) } : p;
  };
const RUNNING = /^\s*(?:على\s+التوالي|توالياً?)/u;
/** The text before a word ends a sentence: a full stop (or ! ؟ ؛) and spaces, a conjunction allowed. */
const SENTENCE_OPENS = /[.!؟?؛]\s*(?:و\s*)?$/u;

function dayOfEventIn(top: Paragraph[], cues: EventCues): Features["dayOfEvent"] {
  for (const p of top) {
    // «لليوم الثاني على التوالي» counts days of something else (shelling, a strike): not the occasion's.
    const hit = cues.dayOfEvent.scan(p.tokens).find((h) => !RUNNING.test(p.text.slice(p.tokens[h.last]!.end, p.tokens[h.last]!.end + 16)));
    if (!hit) continue;
    // Quote the cue with the words that finish it: "اليوم الثاني [والأخير] [من زيارته]".
    let last = hit.last;
    const next = (i: number) => (p.tokens[i]?.joined ? p.tokens[i]!.norm : null);
    if (next(last + 1)?.startsWith("و")) last++;
    if (next(last + 1) === "من" && next(last + 2)) last += 2;
    return { day: hit.target, quote: p.text.slice(p.tokens[hit.first]!.start, p.tokens[last]!.end) };
  }
  return null;
}
