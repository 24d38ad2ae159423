// Places and organisations of one article, counted over title, caption and body (rules in tally.ts).
// A news medium named in a caption is the photo's credit ("(أ ف ب)"), not a mention: media count only
// in the title and body.
import type { EntityMatcher, EntityTarget } from "./entity-matcher";
import { tallyMentions, type TextPart } from "./tally";

/** One place or organisation in one article (the same shape as ingest's EntityRef). */
export interface EntitySummary {
  id: string;
  name: string;
  asWritten: string;
  count: number;
}

export function findEntities(parts: TextPart[], matcher: EntityMatcher): { places: EntitySummary[]; organizations: EntitySummary[] } {
  const known = new Set<EntityTarget>();
  const scanned = parts.map(({ part, text }) => ({
    part,
    mentions: matcher
      .scan(text, known)
      .filter((h) => part !== "caption" || h.target.type !== "organization" || h.target.entry.kind !== "media")
      .map((h) => ({ key: h.target, text: h.text, glued: h.glued })),
  }));
  const all = tallyMentions(scanned);
  const of = (type: EntityTarget["type"]) =>
    all.filter((t) => t.key.type === type).map((t) => ({ id: t.key.entry.id, name: t.key.entry.nameAr, asWritten: t.asWritten, count: t.count }));
  return { places: of("place"), organizations: of("organization") };
}
