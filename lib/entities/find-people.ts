// People of one article: mentions counted over title, caption and body; the spelling kept is the one
// the body first uses (the longest form at that position), else the first one anywhere.
import type { Mention, PeopleMatcher } from "./people-matcher";

export interface TextPart {
  part: "title" | "caption" | "body";
  text: string;
}

/** One person in one article (the same shape as ingest's PersonRef; entities sits below ingest). */
export interface PersonSummary {
  id: string;
  asWritten: string;
  count: number;
}

interface Tally {
  id: string;
  count: number;
  firstAny: Mention;
  firstBody: Mention | null;
  order: number;
}

export function findPeople(parts: TextPart[], matcher: PeopleMatcher): PersonSummary[] {
  const known = new Set<string>();
  const tallies = new Map<string, Tally>();
  let order = 0;
  for (const { part, text } of parts) {
    for (const m of matcher.scan(text, known)) {
      let t = tallies.get(m.personId);
      if (!t) {
        t = { id: m.personId, count: 0, firstAny: m, firstBody: null, order: Number.MAX_SAFE_INTEGER };
        tallies.set(m.personId, t);
      }
      t.count++;
      if (part === "body" && !t.firstBody) {
        t.firstBody = m;
        t.order = order++;
      }
    }
  }
  // Body order first (how a reader meets them), then people named only in the title or caption.
  return [...tallies.values()]
    .sort((a, b) => a.order - b.order)
    .map((t) => ({ id: t.id, asWritten: (t.firstBody ?? t.firstAny).text, count: t.count }));
}
