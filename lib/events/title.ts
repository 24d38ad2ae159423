// An event's Arabic title from its kind, main people (short names) and place:
// «اتصال هاتفي بين لافروف وكيري», «زيارة كيري إلى موسكو», «اجتماع لافروف وكيري في كوالالمبور».
import { EVENT_KIND_LABELS, type EventKind } from "../enums/event-kind";

const both = (people: string[]) => (people.length >= 2 ? `${people[0]} و${people[1]}` : (people[0] ?? ""));
const at = (place: string | null) => (place ? ` في ${place}` : "");

/**
 * `fallback` (the anchor article's own title) serves when the kind or the people say too little; an
 * article may have no title (its page printed none), and then the kind and place name the event.
 */
export function eventTitle(kind: EventKind, people: string[], place: string | null, fallback: string): string {
  if (people.length === 0 || kind === "other") return fallback.trim() || `${EVENT_KIND_LABELS[kind]}${at(place)}`;
  switch (kind) {
    case "call":
      return people.length >= 2 ? `اتصال هاتفي بين ${both(people)}` : `اتصال هاتفي أجراه ${people[0]}`;
    case "visit":
      return place ? `زيارة ${people[0]} إلى ${place}` : `زيارة ${people[0]}`;
    case "meeting":
      return `${people.length >= 2 ? "اجتماع" : "لقاءات"} ${both(people)}${at(place)}`;
    case "conference":
      return `مؤتمر${at(place)} بمشاركة ${both(people)}`;
    case "agreement":
      return `اتفاق ${both(people)}${at(place)}`;
    case "statement":
      return `تصريحات ${people[0]}${at(place)}`;
  }
}
