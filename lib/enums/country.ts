// The Arabic name of an outlet's country (ISO 3166-1 alpha-2, as data/outlets.json and Outlet.country
// store it). The short forms the press uses for the countries our outlets come from; any other code is
// named by the platform's CLDR data (Intl.DisplayNames), so a new registry entry needs no change here.

export const COUNTRY_LABELS: Record<string, string> = {
  AE: "الإمارات",
  BH: "البحرين",
  DZ: "الجزائر",
  EG: "مصر",
  GB: "بريطانيا",
  IQ: "العراق",
  IR: "إيران",
  JO: "الأردن",
  KW: "الكويت",
  LB: "لبنان",
  LY: "ليبيا",
  MA: "المغرب",
  OM: "عُمان",
  PS: "فلسطين",
  QA: "قطر",
  RU: "روسيا",
  SA: "السعودية",
  SD: "السودان",
  SY: "سوريا",
  TN: "تونس",
  TR: "تركيا",
  US: "الولايات المتحدة",
  YE: "اليمن",
};

let platform: Intl.DisplayNames | null = null;

/** The Arabic name of a country code; null for no code or one that names no country. */
export function countryLabel(code: string | null | undefined): string | null {
  if (!code || !/^[A-Z]{2}$/.test(code) || code === "ZZ") return null;
  if (Object.hasOwn(COUNTRY_LABELS, code)) return COUNTRY_LABELS[code]!;
  platform ??= new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  try {
    return platform.of(code) ?? null;
  } catch {
    return null;
  }
}
