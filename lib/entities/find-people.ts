// People of one article: mentions counted over title, caption and body (see tally.ts for the rules).
import type { PeopleMatcher } from "./people-matcher";
import { tallyMentions, type TextPart } from "./tally";

export type { TextPart } from "./tally";

/** One person in one article (the same shape as ingest's PersonRef; entities sits below ingest). */
export interface PersonSummary {
  id: string;
  asWritten: string;
  count: number;
}

export function findPeople(parts: TextPart[], matcher: PeopleMatcher): PersonSummary[] {
  const known = new Set<string>();
  const scanned = parts.map(({ part, text }) => ({ part, mentions: matcher.scan(text, known).map((m) => ({ key: m.personId, text: m.text, lesser: m.glued })) }));
  return tallyMentions(scanned).map((t) => ({ id: t.key, asWritten: t.asWritten, count: t.count }));
}
