// Who a reporting verb is about: the noun phrase after it ("وقال كيري", "وقال وزير الخارجية الأمريكي جون
// كيري", "وقال مسؤول كبير في الخارجية الأمريكية") or, for a verb without و/ف, a name right before it
// ("إن لافروف لفت"). Works on the article's tokens with the people, titles and entities already found.
import type { Token } from "../arabic/tokens";
import type { EntityTarget } from "../entities/entity-matcher";
import type { Mention } from "../entities/people-matcher";
import type { PhraseHit } from "../entities/phrase-matcher";
import type { TitleHolders } from "../entities/titles";
import type { QuoteLexicon } from "./quote-lexicon";

export interface Speaker {
  speaker: string;
  speakerId: string | null;
}

export interface SpeakerFound extends Speaker {
  /** Last token of the speaker's phrase. */
  last: number;
}

interface Spans<T> {
  at: Map<number, T>;
  endingAt: Map<number, T>;
}

export interface Annotated {
  text: string;
  tokens: Token[];
  inQuote: boolean[];
  people: Spans<Mention>;
  titles: Spans<PhraseHit<TitleHolders>>;
  entities: Spans<PhraseHit<EntityTarget>>;
  lex: QuoteLexicon;
  resolveTitle(holders: TitleHolders): string | null;
}

export function spansOf<T extends { first: number; last: number }>(hits: T[]): Spans<T> {
  return { at: new Map(hits.map((h) => [h.first, h])), endingAt: new Map(hits.map((h) => [h.last, h])) };
}

// Punctuation a subject never runs across (a comma may sit between a title and a name, or around a day).
const HARD_GAP = /[«»"“”:.!?؟؛()\n]/;
const NISBA = /^(ال)?[\u0621-\u064a]{2,}(ي|يه|يون|يين|يان|يتان)$/;
const NOT_NISBA = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "الي", "علي", "لدي", "حتي", "متي", "اي", "لكي", "هي", "الاتي", "التالي", "في"]);
const PLACE_PREP = new Set(["في", "لدي", "داخل", "من"]);
const RELATIVE = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين"]);

/** Only spaces between token k-1 and token k. */
const adjacent = (a: Annotated, k: number) => k < a.tokens.length && !a.inQuote[k] && a.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start).trim() === "";
const gapOk = (a: Annotated, k: number) => k < a.tokens.length && !a.inQuote[k] && !HARD_GAP.test(a.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start));
const definite = (norm: string) => norm.startsWith("ال") || norm.startsWith("بال") || norm.startsWith("لل");
const phrase = (a: Annotated, first: number, last: number) => a.text.slice(a.tokens[first]!.start, a.tokens[last]!.end).replace(/\s+/g, " ");

function person(a: Annotated, k: number): SpeakerFound | null {
  const m = a.people.at.get(k);
  return m ? { speaker: m.text, speakerId: m.personId, last: m.last } : null;
}

/** The subject after a verb whose next token is `i`. */
export function subjectAfter(a: Annotated, i: number): SpeakerFound | null {
  let j = i;
  while (gapOk(a, j) && a.lex.timeWord.has(a.tokens[j]!.norm)) j++;
  if (!gapOk(a, j)) return null;
  // "أكدت على لسان المتحدث باسمها": the words that hand the speech over.
  const through = a.lex.through.find((words) => words.every((w, n) => a.tokens[j + n]?.norm === w));
  if (through) j += through.length;
  if (!gapOk(a, j)) return null;
  const named = person(a, j);
  if (named) return named;
  const title = a.titles.at.get(j);
  if (title) {
    const k = title.last + 1;
    return (gapOk(a, k) ? person(a, k) : null) ?? { speaker: title.text, speakerId: a.resolveTitle(title.target), last: title.last };
  }
  const entity = a.entities.at.get(j);
  if (entity) return { speaker: entity.text, speakerId: null, last: entity.last };
  if (a.lex.speakerNoun.has(a.tokens[j]!.norm)) return described(a, j);
  return null;
}

/** "مسؤول كبير في الخارجية الأمريكية", "المتحدثة باسم الوزارة ماريا زاخاروفا". */
function described(a: Annotated, head: number): SpeakerFound {
  let last = head;
  let k = head + 1;
  // "نظيره الروسي سيرغي لافروف": a head with a pronoun is definite too.
  let hasDefinite = definite(a.tokens[head]!.norm) || /(ه|ها|هم)$/.test(a.tokens[head]!.norm);
  while (gapOk(a, k) && k - head < 10) {
    const norm = a.tokens[k]!.norm;
    // A name in apposition: "المتحدثة باسم الوزارة ماريا زاخاروفا" (not "سأل صحفي تشاووش أوغلو").
    if (a.people.at.has(k)) {
      if (hasDefinite) return person(a, k)!;
      break;
    }
    const entity = a.entities.at.get(k);
    if (entity) {
      last = entity.last;
      k = entity.last + 1;
      continue;
    }
    const next = a.tokens[k + 1];
    if (PLACE_PREP.has(norm) && next && gapOk(a, k + 1) && (a.entities.at.has(k + 1) || definite(next.norm))) {
      const e = a.entities.at.get(k + 1);
      last = e ? e.last : k + 1;
      k = last + 1;
      hasDefinite = true;
      continue;
    }
    const nisba = NISBA.test(norm) && !NOT_NISBA.has(norm) && !norm.startsWith("لل");
    if (a.lex.modifier.has(norm) || nisba || (norm.startsWith("بال") && norm.length > 4)) {
      if (norm.startsWith("باسم") && next && gapOk(a, k + 1) && definite(next.norm) && !a.people.at.has(k + 1)) {
        last = k + 1;
        k += 2;
      } else {
        last = k;
        k++;
      }
      hasDefinite ||= definite(norm) || norm.startsWith("باسم");
      continue;
    }
    break;
  }
  return { speaker: phrase(a, head, last), speakerId: null, last };
}

/**
 * A name, title or body right before a verb without a conjunction: "إن لافروف لفت", "كيري قد قال",
 * "دي ميستورا، الذي وصف" (a relative pronoun refers back across its comma).
 */
export function subjectBefore(a: Annotated, verb: number): Speaker | null {
  let k = verb - 1;
  while (k >= 0 && verb - k <= 3 && a.lex.skipBeforeVerb.has(a.tokens[k]!.norm) && adjacent(a, k + 1)) k--;
  if (k < 0 || !adjacent(a, k + 1)) return null;
  if (RELATIVE.has(a.tokens[k]!.norm)) {
    if (k === 0 || !gapOk(a, k)) return null;
    k--;
  }
  const m = a.people.endingAt.get(k);
  if (m) return { speaker: m.text, speakerId: m.personId };
  const t = a.titles.endingAt.get(k);
  if (t) return { speaker: t.text, speakerId: a.resolveTitle(t.target) };
  const e = a.entities.endingAt.get(k);
  if (e) return { speaker: e.text, speakerId: null };
  return describedBefore(a, k);
}

/** "إن مصدرا دبلوماسيا روسيا قال": a described speaker before its verb, often in the accusative. */
function describedBefore(a: Annotated, last: number): Speaker | null {
  const isHead = (norm: string) => a.lex.speakerNoun.has(norm) || (norm.endsWith("ا") && a.lex.speakerNoun.has(norm.slice(0, -1)));
  const isModifier = (norm: string) => a.lex.modifier.has(norm) || (NISBA.test(norm) && !NOT_NISBA.has(norm)) || /^[\u0621-\u064a]{3,}يا$/.test(norm);
  let head = -1;
  for (let k = last; k >= 0 && last - k < 4; k--) {
    if (k < last && !gapOk(a, k + 1)) break;
    const norm = a.tokens[k]!.norm;
    if (isHead(norm)) head = k;
    else if (!isModifier(norm)) break;
  }
  // A lone accusative adjective ("عسكريا قال") is not a speaker; a head noun is.
  if (head >= 0 && (head < last || a.lex.speakerNoun.has(a.tokens[head]!.norm))) return { speaker: phrase(a, head, last), speakerId: null };
  return null;
}
