// Builders for synthetic coverage in event tests: short Arabic articles as CoverageItems. People are
// found in the text with the gazetteer matcher, as extraction would find them.
import type { DateBasis } from "../../lib/enums/date-basis";
import { loadEventNames } from "../../lib/events/names";
import type { CoverageItem } from "../../lib/events/types";

export const OUTLETS = {
  rt: { id: "rt-arabic", nameAr: "روسيا اليوم" },
  sputnik: { id: "sputnik", nameAr: "سبوتنيك" },
  masry: { id: "almasryalyoum", nameAr: "المصري اليوم" },
  hayat: { id: "alhayat", nameAr: "الحياة" },
  jazeera: { id: "aljazeera", nameAr: "الجزيرة نت" },
  nahar: { id: "annahar", nameAr: "النهار" },
  awsat: { id: "aawsat", nameAr: "الشرق الأوسط" },
  shorouk: { id: "shorouk", nameAr: "بوابة الشروق" },
} as const;

export interface ArticleSpec {
  key: string;
  outlet: keyof typeof OUTLETS;
  /** YYYY-MM-DD, or null for an article without a date. */
  date: string | null;
  basis?: DateBasis;
  dateline?: string;
  title: string;
  paragraphs: string[];
}

export function article(s: ArticleSpec): CoverageItem {
  const body = s.paragraphs.join("\n\n");
  const known = new Set<string>();
  const people: string[] = [];
  for (const m of loadEventNames().people.scan(`${s.title}\n\n${body}`, known)) {
    if (!people.includes(m.personId)) people.push(m.personId);
    known.add(m.personId);
  }
  return {
    key: s.key,
    title: s.title,
    body,
    publishedAt: s.date,
    dateBasis: s.date ? (s.basis ?? "explicit") : "unknown",
    dateEvidence: null,
    outlet: OUTLETS[s.outlet],
    people,
    places: [],
    datelineCity: s.dateline ?? null,
  };
}

/** A grouping test case: its articles and the gold events as groups of keys (singletons included). */
export interface EventCase {
  name: string;
  items: CoverageItem[];
  gold: string[][];
}
