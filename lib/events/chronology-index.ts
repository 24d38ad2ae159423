// The reference chronology prepared for matching: entries as day ranges, their people and places as sets,
// and one phrase matcher over every alias the press uses for them («جنيف 2», «اتفاق 9 سبتمبر»).
import { loadChronology, type ChronologyEntry } from "../entities/chronology";
import { loadGazetteers } from "../entities/gazetteers";
import { compileCues, type CueMatcher } from "./cue-matcher";
import { dayOf } from "./days";
import type { EventKind } from "../enums/event-kind";
import { once } from "../cache";
import { loadEventCues } from "./cues";
import { loadEventNames } from "./names";
import { weighTopicWords } from "./topic-words";

export interface IndexedEntry {
  entry: ChronologyEntry;
  start: number;
  end: number;
  people: ReadonlySet<string>;
  kind: EventKind;
  /** The content words of its Arabic title, with their idf over the chronology (topic-words.ts). */
  topics: ReadonlyMap<string, number>;
  /** The countries (place ids) its participants speak for, but the two sides: the delegations a report may list. */
  delegations: ReadonlySet<string>;
}

export interface ChronologyIndex {
  entries: IndexedEntry[];
  aliases: CueMatcher<number>;
  /** Entries whose range comes within `slack` days of [from, to]. */
  near(from: number, to: number, slack: number): IndexedEntry[];
  /** The country id of a city or region of the places gazetteer. */
  countryOf(placeId: string): string | null;
  /** A person's country code (people.json): US, RU, SA, UN ... */
  personCountry(personId: string): string | null;
}

/** The chronology's kinds are grouping's (lib/enums/event-kind.ts) but for "other". */
export function kindOfEntry(kind: ChronologyEntry["kind"]): EventKind {
  return kind;
}

interface IndexOptions {
  ignoredWords?: ReadonlySet<string>;
  /** A person's country code (people.json), to name the delegations of an entry. */
  personCountry?: (personId: string) => string | null;
}

/**
 * The United States and Russia are at every entry, Syria is what they meet about: their delegations tell no
 * occurrence from another. Left out of an entry's delegations here and of a story's list (features.ts).
 */
export const NOT_DELEGATIONS: ReadonlySet<string> = new Set(["united-states", "russia", "syria"]);

export function indexChronology(
  entries: ChronologyEntry[],
  places: Array<{ id: string; country?: string | null; iso?: string | null }> = loadGazetteers().places,
  { ignoredWords = topicStopwords(), personCountry = personCountryOf() }: IndexOptions = {},
): ChronologyIndex {
  const country = new Map(places.map((p) => [p.id, p.country ?? null]));
  const placeOfIso = new Map(places.flatMap((p) => (p.iso ? [[p.iso, p.id] as const] : [])));
  const delegationsOf = (e: ChronologyEntry) =>
    new Set(
      e.participants.flatMap((id) => {
        const iso = personCountry(id);
        const place = iso ? placeOfIso.get(iso) : undefined;
        return place && !NOT_DELEGATIONS.has(place) ? [place] : [];
      }),
    );
  const topics = weighTopicWords(
    entries.map((e) => e.titleAr),
    ignoredWords,
  );
  const indexed = entries
    .map((entry, i) => ({
      entry,
      start: dayOf(entry.date),
      end: dayOf(entry.endDate ?? entry.date),
      people: new Set(entry.participants),
      kind: kindOfEntry(entry.kind),
      topics: topics[i]!,
      delegations: delegationsOf(entry),
    }))
    .sort((a, b) => a.start - b.start || (a.entry.id < b.entry.id ? -1 : 1));
  const aliases = compileCues(indexed.flatMap((e, i) => e.entry.aliasesAr.map((phrase) => ({ target: i, phrase }))));
  return {
    entries: indexed,
    aliases,
    near: (from, to, slack) => indexed.filter((e) => e.end >= from - slack && e.start <= to + slack),
    countryOf: (placeId) => country.get(placeId) ?? null,
    personCountry,
  };
}

const personCountryOf = once(() => {
  const countries = new Map(loadGazetteers().people.map((p) => [p.id, p.country]));
  return (id: string) => countries.get(id) ?? null;
});

/**
 * Words that say nothing of what an occurrence was about: stopwords, the words of kind cues (kind scores apart),
 * and names (people and places score apart).
 */
export const topicStopwords: () => ReadonlySet<string> = once(() => {
  const cues = loadEventCues();
  return new Set([...cues.stopwords, ...cues.notTopics, ...loadEventNames().nameWords]);
});

export const loadChronologyIndex: () => ChronologyIndex = once(() => indexChronology(loadChronology()));
