// How much each piece of evidence counts when an article is matched to the reference chronology
// (chronology-match.ts). Calibrated on the development corpus (npm run bench:accuracy): the values sit on a
// plateau where small changes move no article, and each was checked against the misses it fixes.
export const W = {
  /** An entry's participant named in the article's title or lead. */
  principal: 2,
  /** A participant named further down. */
  person: 0.75,
  /** None of the entry's participants named at all. */
  noPeople: 4,
  /** The venue the text gives is the entry's place. */
  venue: 2.5,
  /** The venue the text gives is the country of the entry's city («في ألمانيا» for Hamburg). */
  venueCountry: 1.5,
  /** No participant named, but the lead names both governments (واشنطن وموسكو). */
  bothSides: 2,
  /** A prior by kind: conferences, visits and agreements draw more coverage than a sidelines meeting or a call. */
  prominence: { conference: 0.5, visit: 0.5, agreement: 0.5, statement: 0, meeting: 0, call: 0 },
  /** The entry's place is named in the title or lead, but not as the venue; named further down. */
  placeInLead: 1.5,
  /** ... when the place is one side's capital, which the press uses for its government. */
  capitalInLead: 0.5,
  placeNamed: 0.5,
  /** The story's pair is one side's and a third country's, with nobody of the entry's other side named. */
  otherPair: 3,
  /** The text gives another venue. */
  otherVenue: 4,
  /** A phone-call entry, but the text gives a venue for what it reports. */
  venueForCall: 1,
  sameCall: 2.5,
  sameKind: 1,
  /** A call against a meeting, a visit or a conference. */
  kindClash: 3,
  /** A name the press gives the occurrence («جنيف 2») in the title or lead. */
  alias: 1.5,
  /**
   * The words of the entry's title the article's title and lead share (topic-words.ts): full points at
   * `topicFull` idf, about two words that few entries use.
   */
  topic: 1.5,
  topicFull: 6,
  /** Every country the story's top names is one of the entry's delegations, and no other (Jaccard 1). */
  delegations: 2,
  /** The article's own date within a day of the occurrence. */
  dateSame: 3,
  dateNear: 1.5,
  /** A day and month written in the text («13 كانون الثاني») fall on the occurrence. */
  dayMonth: 3,
  /** ... within a week of it, in its year. */
  dayMonthNear: 1,
  /** Undated: a weekday the lead names for its own day fits the occurrence, or clashes with it. */
  weekdayFits: 1.5,
  /** A weekday named as coming («الثلاثاء المقبل») is the occurrence's day. */
  weekdayAhead: 1,
  /** ... one day off. */
  weekdayNear: 0.5,
  weekdayClash: 1.5,
  /** Undated: the text names a year more than one after the occurrence. */
  laterYear: 3,
  /** Undated: a term or a person in office the article names belongs to another period (period.ts). */
  periodClash: 2,
  maxPeriodClashes: 3,
  /** The least total for a match, and the lead it needs over the next entry. */
  minScore: 5,
  margin: 1,
  /** The least total for an article to join an occurrence other coverage in the load already reports. */
  corroboratedMin: 4.5,
  /**
   * The wording (containment of text pairs) an unsure article must share with an occurrence's coverage to be
   * corroborated into it — low, as outlets retell a story in their own words, but above the few pairs any two
   * reports of the talks share (at 0.02 an unrelated report was drawn in) — and how far the most shared must
   * stand above the next entry's.
   */
  corroboratingText: 0.03,
  corroboratingLead: 3,
} as const;
