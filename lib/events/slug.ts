// Event slugs: readable and deterministic from the event's anchor, e.g. 2016-07-14-visit-kerry-moscow.
import { createHash } from "node:crypto";
import { normalizeSpace } from "../arabic/normalize";
import { slugify } from "../arabic/transliterate";
import type { EventKind } from "../enums/event-kind";
import type { CoverageItem } from "./types";

/** "john-kerry" -> "kerry": the family name is what the slug needs to be read. */
const personPart = (id: string) => id.split("-").pop()!;

export function datedSlug(date: string, kind: EventKind, people: string[], place: { placeId: string | null; name: string } | null): string {
  const placePart = place ? (place.placeId ?? slugify(place.name)) : null;
  return [date, kind, ...people.map(personPart), placePart].filter(Boolean).join("-");
}

/** An undated event has no anchor date: its first article's content stands for it. */
export function undatedSlug(anchor: Pick<CoverageItem, "title" | "body">): string {
  const hash = createHash("sha256")
    .update(`${normalizeSpace(anchor.title)}\n${normalizeSpace(anchor.body)}`)
    .digest("hex");
  return `undated-${hash.slice(0, 12)}`;
}

/** Slugs made unique in the given order: a repeat gets -2, -3 ... */
export function uniqueSlugs(slugs: string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  return slugs.map((s) => {
    let out = s;
    for (let n = 2; used.has(out); n++) out = `${s}-${n}`;
    used.add(out);
    return out;
  });
}
