// A dry run groups the inputs it was given, as a load would group them with the stored coverage,
// so its output shows inferred dates and events without touching a database.
import { coverageItemOf, groupCoverage } from "../events";
import type { ExtractedArticle } from "../extract/types";

export interface DryRunGrouping {
  /** The event each input belongs to, by input index. */
  eventOf: Map<number, string>;
  /** Each event's date, by slug (null: undated). */
  eventDate: Map<string, string | null>;
  /** Extraction with an inferred date applied, by input index (only those that got one). */
  redated: Map<number, ExtractedArticle>;
}

export function groupDryRun(extracted: Array<ExtractedArticle | null>): DryRunGrouping {
  const items = extracted.flatMap((x, i) => (x ? [coverageItemOf(String(i), x)] : []));
  const eventOf = new Map<number, string>();
  const redated = new Map<number, ExtractedArticle>();
  const eventDate = new Map<string, string | null>();
  for (const event of groupCoverage(items)) {
    eventDate.set(event.slug, event.date);
    for (const m of event.members) {
      const i = Number(m.key);
      eventOf.set(i, event.slug);
      if (m.inferredDate) {
        redated.set(i, { ...extracted[i]!, publishedAt: m.inferredDate, dateBasis: "inferred", dateEvidence: m.inferredEvidence });
      }
    }
  }
  return { eventOf, eventDate, redated };
}
