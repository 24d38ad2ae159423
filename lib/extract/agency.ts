// The agency credited in a dateline. The outlet's own name there ("موسكو - صوت الامارات") or an
// own-reporting word ("حلب - خاص") is not an agency.
import { phraseKey } from "../arabic/phrase-key";
import type { CompiledRegistry } from "./registry";
import type { OutletRef } from "./types";

const MAX_UNKNOWN_WORDS = 3;

export function resolveAgency(source: string | null, outlet: OutletRef | null, reg: CompiledRegistry): string | null {
  if (!source) return null;
  const key = phraseKey(source);
  if (reg.ownReporting.has(key)) return null;
  if (outlet) {
    const brand = reg.outlets.byBrand(source);
    if (brand?.outlet.id === outlet.id || key === phraseKey(outlet.nameAr)) return null;
  }
  const agency = reg.agencies.lookup(source);
  if (agency) return agency.label;
  // Another outlet credited as the source ("نقلا عن روسيا اليوم"): shown under its registry name.
  const other = reg.outlets.byBrand(source);
  if (other) return other.outlet.nameAr;
  return source.split(/\s+/).length <= MAX_UNKNOWN_WORDS ? source : null;
}
