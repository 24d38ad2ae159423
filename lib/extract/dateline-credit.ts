// A dateline is a place and, maybe, who reports from it. «الوقت- انطلق ...» opens with the outlet's own
// name where a city would stand: a credit, not a place, so it gives no city (an event's venue is read from
// the dateline city) and names its source as the agency would be named.
import { resolveAgency } from "./agency";
import type { DatelineParts } from "./dateline";
import type { CompiledRegistry } from "./registry";
import type { ExtractedArticle } from "./types";

export function datelineOf(parts: DatelineParts | null, outlet: ExtractedArticle["outlet"], reg: CompiledRegistry): ExtractedArticle["dateline"] {
  if (!parts) return null;
  if (isCredit(parts.city, reg)) return { city: null, agency: resolveAgency(parts.source ?? parts.city, outlet, reg) };
  return { city: parts.city, agency: resolveAgency(parts.source, outlet, reg) };
}

/** A known agency or outlet that no word of a place's name is in («الرياض» stays the city, not the paper). */
const isCredit = (city: string, reg: CompiledRegistry) => reg.knownSource(city) && !city.split(/\s+/).some((w) => reg.isNameWord(w));
