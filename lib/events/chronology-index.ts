// The reference chronology prepared for matching: entries as day ranges, their people and places as sets,
// and one phrase matcher over every alias the press uses for them («جنيف 2», «اتفاق 9 سبتمبر»).
import { loadChronology, type ChronologyEntry } from "../entities/chronology";
import { loadGazetteers } from "../entities/gazetteers";
import { compileCues, type CueMatcher } from "./cue-matcher";
import { dayOf } from "./days";
import type { EventKind } from "../enums/event-kind";
import { once } from "../cache";

export interface IndexedEntry {
  entry: ChronologyEntry;
  start: number;
  end: number;
  people: ReadonlySet<string>;
  kind: EventKind;
}

export interface ChronologyIndex {
  entries: IndexedEntry[];
  aliases: CueMatcher<number>;
  /** Entries whose range comes within `slack` days of [from, to]. */
  near(from: number, to: number, slack: number): IndexedEntry[];
  /** The country id of a city or region of the places gazetteer. */
  countryOf(placeId: string): string | null;
}

/** The chronology's kinds are grouping's (lib/enums/event-kind.ts) but for "other". */
export function kindOfEntry(kind: ChronologyEntry["kind"]): EventKind {
  return kind;
}

export function indexChronology(entries: ChronologyEntry[], places: Array<{ id: string; country?: string | null }> = loadGazetteers().places): ChronologyIndex {
  const country = new Map(places.map((p) => [p.id, p.country ?? null]));
  const indexed = entries
    .map((entry) => ({
      entry,
      start: dayOf(entry.date),
      end: dayOf(entry.endDate ?? entry.date),
      people: new Set(entry.participants),
      kind: kindOfEntry(entry.kind),
    }))
    .sort((a, b) => a.start - b.start || (a.entry.id < b.entry.id ? -1 : 1));
  const aliases = compileCues(indexed.flatMap((e, i) => e.entry.aliasesAr.map((phrase) => ({ target: i, phrase }))));
  return {
    entries: indexed,
    aliases,
    near: (from, to, slack) => indexed.filter((e) => e.end >= from - slack && e.start <= to + slack),
    countryOf: (placeId) => country.get(placeId) ?? null,
  };
}

export const loadChronologyIndex: () => ChronologyIndex = once(() => indexChronology(loadChronology()));
