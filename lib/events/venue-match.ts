// Whether two venues can be the same place: the same id, or a city and the country it is in.
import type { EventNames } from "./names";
import type { Venue } from "./venue";

const key = (v: Venue) => v.placeId ?? `name:${v.name}`;

export function venuesAgree(a: Venue, b: Venue, names: EventNames): boolean {
  if (key(a) === key(b)) return true;
  if (!a.placeId || !b.placeId) return false;
  return names.place(a.placeId)?.country === b.placeId || names.place(b.placeId)?.country === a.placeId;
}

/** Both venues read from the text and they disagree: Geneva talks are not a Moscow statement. */
export function venuesConflict(a: Venue | null, b: Venue | null, names: EventNames): boolean {
  return a !== null && b !== null && a.fromText && b.fromText && !venuesAgree(a, b, names);
}
