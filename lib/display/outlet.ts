// How an outlet is named to readers: its Arabic name with its country («الحياة (لبنان)»), and whether it
// is in the registry. An outlet created from an unlisted host is shown by its name with «غير موثق».
import { countryLabel } from "../enums/country";

export interface OutletLabel {
  nameAr: string;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  /** False for an outlet created from a host nobody has checked. */
  verified: boolean;
}

export const UNKNOWN_OUTLET = "مصدر غير معروف";
export const UNVERIFIED_MARK = "غير موثق";
export const UNVERIFIED_HINT = "مصدر أُنشئ من عنوان موقع غير مدرج في سجل المصادر، ولم يُتحقق من اسمه أو بلده";

/** «الحياة (لبنان)», the name alone when the country is unknown, «مصدر غير معروف» without an outlet. */
export function outletText(o: OutletLabel | null | undefined): string {
  if (!o) return UNKNOWN_OUTLET;
  const country = countryLabel(o.country);
  return country ? `${o.nameAr} (${country})` : o.nameAr;
}

/** The plain-text form, unverified outlets marked: for places that take text only (labels, tabs, feeds). */
export function outletPlainText(o: OutletLabel | null | undefined): string {
  return o && !o.verified ? `${outletText(o)} – ${UNVERIFIED_MARK}` : outletText(o);
}
