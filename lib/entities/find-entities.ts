// Places and organisations of one article, counted over title, caption and body (rules in tally.ts).
// A news medium named in a caption is the photo's credit ("(أ ف ب)"), not a mention: media count only
// in the title and body.
import type { EntityMatcher, EntityTarget } from "./entity-matcher";
import type { PhraseHit } from "./phrase-matcher";
import { tallyMentions, type TextPart } from "./tally";
import type { PlaceEntry } from "./schemas";
import { foldForMatch } from "../arabic/normalize";
import { perObject } from "../cache";

/** One place or organisation in one article (the same shape as ingest's EntityRef). */
export interface EntitySummary {
  id: string;
  name: string;
  asWritten: string;
  count: number;
}

export function findEntities(parts: TextPart[], matcher: EntityMatcher): { places: EntitySummary[]; organizations: EntitySummary[] } {
  return summariseEntities(scanEntities(parts, matcher));
}

export interface ScannedPart {
  part: TextPart["part"];
  hits: PhraseHit<EntityTarget>[];
}

/** Every mention in every part (an entity met earlier counts its short forms later). */
export function scanEntities(parts: TextPart[], matcher: EntityMatcher): ScannedPart[] {
  const known = new Set<EntityTarget>();
  return parts.map(({ part, text }) => ({ part, hits: matcher.scan(text, known) }));
}

/** A mention through a place's descriptor («العاصمة النمساوية») rather than its name. */
const describes = (h: PhraseHit<EntityTarget>) => h.target.type === "place" && descriptorKeys(h.target.entry).has(foldForMatch(h.text));
const descriptorKeys = perObject((p: PlaceEntry) => new Set(p.descriptors.map(foldForMatch)));

export function summariseEntities(scanned: ScannedPart[]): { places: EntitySummary[]; organizations: EntitySummary[] } {
  const all = tallyMentions(
    scanned.map(({ part, hits }) => ({
      part,
      mentions: hits
        .filter((h) => part !== "caption" || h.target.type !== "organization" || h.target.entry.kind !== "media")
        .map((h) => ({ key: h.target, text: h.text, lesser: h.glued || describes(h) })),
    })),
  );
  const of = (type: EntityTarget["type"]) =>
    all.filter((t) => t.key.type === type).map((t) => ({ id: t.key.entry.id, name: t.key.entry.nameAr, asWritten: t.asWritten, count: t.count }));
  return { places: of("place"), organizations: of("organization") };
}
