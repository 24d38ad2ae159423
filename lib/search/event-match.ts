// Events as search results: a timeline event is described by its title, its place, its participants and,
// when it is an entry of the reference chronology (data/chronology.json), that entry's titles and aliases
// («مونترو», «جنيف 2», «المجموعة الدولية لدعم سوريا» ...). A query matches an event when most of its terms
// stand in that description, so «مونترو» or "Kerry Lavrov Vienna" lands on the event first. Pure.
import { loadChronology } from "../entities/chronology";
import { stemmedText } from "./index-text";
import { alternativesOf, lexemesOf, type Clause, type ParsedQuery } from "./query";
import { entityToken } from "./variants";

export interface EventDoc {
  slug: string;
  title: string;
  date: string | null;
  dateEnd: string | null;
  place: string | null;
  participants: string[];
  chronologyId: string | null;
  articles: number;
}

export interface IndexedEvent {
  doc: EventDoc;
  /** Each field of the description as its stemmed words (phrases match within one field). */
  fields: string[][];
  /** Every stem and entity token of the description. */
  terms: Set<string>;
  /** Stems of the title alone (a term in the title ranks the event higher). */
  title: Set<string>;
}

/** Share of the query's terms an event must hold. */
export const EVENT_MIN_SHARE = 2 / 3;
export const MAX_EVENTS = 5;

export function indexEvent(doc: EventDoc, places: ReadonlyMap<string, string> = new Map()): IndexedEvent {
  const entry = doc.chronologyId ? loadChronology().find((c) => c.id === doc.chronologyId) : undefined;
  const texts = [doc.title, doc.place ?? "", entry?.titleAr ?? "", entry?.placeAr ?? "", ...(entry?.aliasesAr ?? [])];
  const fields = texts.filter(Boolean).map((t) => stemmedText(t).split(" ").filter(Boolean));
  const tokens = [...doc.participants, ...(entry?.participants ?? [])].map((id) => entityToken("person", id));
  const placeId = entry?.place ?? (doc.place ? places.get(doc.place) : undefined);
  if (placeId) tokens.push(entityToken("place", placeId));
  const title = new Set([...stemmedText(doc.title).split(" "), ...(entry ? stemmedText(entry.titleAr).split(" ") : [])].filter(Boolean));
  return { doc, fields, terms: new Set([...fields.flat(), ...tokens]), title };
}

/** Whether a sequence of alternatives (one list per word) stands in one field, in order. */
function inSequence(fields: string[][], words: string[][]): boolean {
  return fields.some((f) => f.some((_, i) => words.every((alts, k) => alts.includes(f[i + k] ?? ""))));
}

function holds(e: IndexedEvent, c: Clause): { hit: boolean; inTitle: boolean } {
  let hit = false;
  let words: string[] = [];
  if (c.kind === "word") {
    words = lexemesOf(c.stems);
    hit = words.some((w) => e.terms.has(w));
  } else if (c.kind === "phrase") {
    const seq = c.stems.map((w) => lexemesOf(w));
    words = seq.flat();
    hit = inSequence(e.fields, seq);
  } else if (c.kind === "any") {
    words = c.forms.flat().flatMap(alternativesOf);
    hit = c.forms.some((f) => inSequence(e.fields, f.map(alternativesOf)));
  } else {
    words = c.entity.spellings.flat();
    hit = e.terms.has(c.entity.token) || c.entity.spellings.some((s) => inSequence(e.fields, s.map(alternativesOf)));
  }
  return { hit, inTitle: hit && words.some((w) => e.title.has(w)) };
}

export interface EventMatch {
  event: EventDoc;
  /** Terms of the query the event holds, of all. */
  matched: number;
  of: number;
  score: number;
}

/** The events most of whose description the query names, best first (within the query's date window). */
export function matchEvents(events: readonly IndexedEvent[], q: ParsedQuery, limit = MAX_EVENTS): EventMatch[] {
  const n = q.groups.length;
  if (n === 0) return [];
  const need = Math.max(1, Math.ceil(n * EVENT_MIN_SHARE));
  const w = q.window;
  const out: EventMatch[] = [];
  for (const e of events) {
    if (w && (!e.doc.date || e.doc.date > w.to || (e.doc.dateEnd ?? e.doc.date) < w.from)) continue;
    if (q.excluded.some((c) => holds(e, c).hit)) continue;
    let matched = 0;
    let titled = 0;
    for (const g of q.groups) {
      const r = g.map((c) => holds(e, c));
      if (r.some((x) => x.hit)) matched++;
      if (r.some((x) => x.inTitle)) titled++;
    }
    if (matched < need) continue;
    // All terms first, then terms in the title, then the better covered event.
    const score = matched / n + (0.25 * titled) / n + Math.min(0.2, Math.log1p(e.doc.articles) / 20);
    out.push({ event: e.doc, matched, of: n, score });
  }
  return out.sort((a, b) => b.score - a.score || (b.event.date ?? "").localeCompare(a.event.date ?? "")).slice(0, limit);
}
