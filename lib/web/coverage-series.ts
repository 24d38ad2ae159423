// The names of the coverage chart's series, shared by the page, the JSON API and the CSV: outlets by their
// Arabic name, countries by the press's name for them, outlet types by their label; unknown ones said so.
import type { Coverage } from "../data/timeline-coverage";
import { countryLabel } from "../enums/country";
import { OUTLET_TYPE_LABELS, type OutletType } from "../enums/outlet-type";

export const UNKNOWN_COUNTRY_LABEL = "بلد غير معروف";
export const UNKNOWN_OUTLET_LABEL = "مصدر غير معروف";

export function seriesLabeller(coverage: Pick<Coverage, "stack" | "outletNames">): (key: string) => string {
  switch (coverage.stack) {
    case "country":
      return (key) => countryLabel(key) ?? UNKNOWN_COUNTRY_LABEL;
    case "type":
      return (key) => (Object.hasOwn(OUTLET_TYPE_LABELS, key) ? OUTLET_TYPE_LABELS[key as OutletType] : key);
    case "outlet":
      return (key) => coverage.outletNames[key] ?? (key || UNKNOWN_OUTLET_LABEL);
    default:
      return () => "المقالات";
  }
}
