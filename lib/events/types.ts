// The contract of event grouping: articles in as CoverageItems, events out as PlannedEvents.
import type { DateBasis } from "../enums/date-basis";
import type { EventKind } from "../enums/event-kind";
import type { DateClues } from "../extract/types";

/** One article as grouping sees it. `key` is the caller's stable id (an article id, a file name). */
export interface CoverageItem {
  key: string;
  title: string;
  /** The lead photo's caption: it may name who the story is about. */
  caption?: string | null;
  /** Paragraphs separated by a blank line; the first one is the lead. */
  body: string;
  publishedAt: string | null; // YYYY-MM-DD
  dateBasis: DateBasis;
  dateEvidence: string | null;
  outlet: { id: string; nameAr: string } | null;
  /** Person ids (data/people.json). */
  people: string[];
  /** Place ids (data/places.json). */
  places: string[];
  datelineCity: string | null;
  /** Weekdays, year-less dates and years the text gives (lib/extract/date-clues.ts); absent for old rows. */
  dateClues?: DateClues;
  /** About the talks; an editor's override already applied. Absent: on-topic. */
  onTopic?: boolean;
}

export interface EventMember {
  key: string;
  /** Set only for an article without a date of its own that the event's dated coverage places. */
  inferredDate: string | null;
  inferredEvidence: string | null;
  /** Why an article without a date of its own got none (Arabic, for readers); null for dated articles. */
  undatedReason: string | null;
}

export interface PlannedEvent {
  /** Stable: from the anchor article (see describe-event.ts), or its content hash when undated. */
  slug: string;
  title: string;
  kind: EventKind;
  date: string | null;
  /** Last day of a lasting event (a visit, a round of talks) when its coverage spans days; else null. */
  dateEnd: string | null;
  /** The basis of `date`: the anchor article's own basis; "unknown" for an undated event. */
  dateBasis: DateBasis;
  /** Arabic place name for display (the gazetteer's nameAr, else a dateline city as written). */
  place: string | null;
  /** The gazetteer id of `place`, null when it is not in data/places.json. */
  placeId: string | null;
  /** People ids, the main ones first. */
  participants: string[];
  /** Anchor first, then by date and key. */
  members: EventMember[];
  /** The reference chronology entry this event is (data/chronology.json), when it is one. */
  chronologyId?: string | null;
  /** Events of one round of diplomacy share a storyline key. */
  storyline?: string | null;
  /** False for an event of off-topic coverage: kept out of the talks timeline. */
  onTopic?: boolean;
}
