// Where an event took place, read from the text: a place named just after an event cue ("زيارته لموسكو",
// "اجتمع كيري ... في كوالالمبور"), weighted by where it is said, plus the dateline city. The dateline alone
// is weak: a Moscow desk reports talks held in Malaysia. A coming occasion's place («يعتزمان الاجتماع في
// نيويورك») weighs little: it is the venue of a preview, not of what a report reports.
import type { Token } from "../arabic/tokens";
import type { CueHit, CueMatcher } from "./cue-matcher";
import type { EventKind } from "../enums/event-kind";
import type { EventNames } from "./names";
import { clauseAfter } from "./clause";

export interface Venue {
  placeId: string | null;
  /** Arabic, for titles: the gazetteer name, or the dateline city as written. */
  name: string;
  /** True when the text names it after an event cue, false when only the dateline or a coming occasion gives it. */
  fromText: boolean;
}

export interface VenuePart {
  text: string;
  tokens: Token[];
  cues: CueHit<EventKind>[];
  /** Title 3, lead 2, next paragraphs 1, the tail 0.5: the top of a story says where the event was. */
  weight: number;
}

/** Words after a cue within which a place can still be its venue: a list of four ministers fits in 20. */
const VENUE_REACH = 20;
/** "يزور الوزيران الروسي والأمريكي ماليزيا": a visited place may follow the verb without a preposition. */
const VISIT_OBJECT_REACH = 4;
const CITY_WEIGHT = 2;
const COUNTRY_WEIGHT = 1;
/** Less than a city cued in the lead (2 x 2) or the next paragraphs (1 x 2); more than one cued in the
 * tail (0.5 x 2), where background ("talks held so far in Geneva") is. */
const DATELINE_WEIGHT = 1.25;
/** Words before a cue within which «يعتزمان» or «من المقرر» make it an occasion still to come. */
const AHEAD_REACH = 3;
const AHEAD_AFTER = 2;
/** Where a coming occasion will be held is the venue of a preview, but weighs little beside a reported one's. */
const AHEAD_FACTOR = 0.25;
/** Syria is what the talks are about, almost never where they are held. */
const NEVER_VENUE = new Set(["syria"]);
const VENUE_PREPOSITIONS = new Set(["في", "الي", "داخل"]); // الي is إلى folded

interface Candidate {
  key: string;
  placeId: string | null;
  name: string;
  score: number;
  fromText: boolean;
  order: number;
}

export function findVenue(parts: VenuePart[], datelineCity: string | null, names: EventNames, ahead: CueMatcher<true>): Venue | null {
  const found = new Map<string, Candidate>();
  const add = (c: Omit<Candidate, "order">) => {
    const had = found.get(c.key);
    if (had) {
      had.score += c.score;
      had.fromText ||= c.fromText;
    } else found.set(c.key, { ...c, order: found.size });
  };
  for (const part of parts)
    for (const cue of part.cues) {
      const placeId = placeAfterCue(part, cue, names);
      if (!placeId) continue;
      // «يعتزمان الاجتماع», «الاجتماع المرتقب»: a word before the cue or right after it.
      const around = [...part.tokens.slice(Math.max(0, cue.first - AHEAD_REACH), cue.first), ...part.tokens.slice(cue.last + 1, cue.last + 1 + AHEAD_AFTER)];
      const coming = ahead.scan(around).length > 0;
      const place = names.place(placeId)!;
      const weight = (place.kind === "city" ? CITY_WEIGHT : COUNTRY_WEIGHT) * (coming ? AHEAD_FACTOR : 1);
      // Only where a coming occasion will be: no more said of the reported one than a dateline says.
      add({ key: placeId, placeId, name: place.nameAr, score: part.weight * weight, fromText: !coming });
    }
  if (datelineCity) {
    const placeId = names.placeIdOf(datelineCity);
    const name = placeId ? names.place(placeId)!.nameAr : datelineCity.trim();
    add({ key: placeId ?? `dateline:${name}`, placeId, name, score: DATELINE_WEIGHT, fromText: false });
  }
  const ranked = [...found.values()].map((c) => ({ ...c, score: c.score + countrySupport(c, found, names) }));
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  return best ? { placeId: best.placeId, name: best.name, fromText: best.fromText } : null;
}

// A city gains its country's weight: "يزور ... ماليزيا" supports "في كوالالمبور".
function countrySupport(c: Candidate, found: Map<string, Candidate>, names: EventNames): number {
  const country = c.placeId ? names.place(c.placeId)?.country : null;
  return country ? (found.get(country)?.score ?? 0) : 0;
}

/** The cue's venue: the first place after it that a preposition, a glued «ب»/«ل» or a visit's verb makes one (later ones are other clauses'). */
function placeAfterCue(part: VenuePart, cue: CueHit<EventKind>, names: EventNames): string | null {
  const { tokens, text } = part;
  const { from, text: window } = clauseAfter(text, tokens, cue.last, VENUE_REACH);
  // A visit's object without a preposition: right after the word («بزيارة واشنطن») it is the venue; a few words
  // on, only when no place comes with a preposition (in «وصل وزير خارجية إيران إلى موسكو» Iran is the visitor's).
  let visitedObject: string | null = null;
  for (const m of names.places.scan(window, new Set())) {
    const place = names.place(m.personId);
    if (!place || place.kind === "region" || NEVER_VENUE.has(place.id)) continue;
    const at = tokenAt(tokens, from + m.start);
    if (at < 0) continue;
    const token = tokens[at]!;
    const glued = from + m.start > token.start && /[بل]/.test(text[from + m.start - 1]!); // "لموسكو", "بجنيف"
    const after = tokens[at - 1]?.norm;
    if (glued || (after !== undefined && VENUE_PREPOSITIONS.has(after))) return place.id;
    if (cue.target === "visit" && at === cue.last + 1) return place.id;
    if (cue.target === "visit" && at - cue.last <= VISIT_OBJECT_REACH) visitedObject ??= place.id;
  }
  return visitedObject;
}

function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
