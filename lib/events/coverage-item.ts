// An extracted article as grouping sees it.
import type { ExtractedArticle } from "../extract/types";
import type { CoverageItem } from "./types";

export function coverageItemOf(key: string, x: ExtractedArticle): CoverageItem {
  return {
    key,
    title: x.title,
    caption: x.caption,
    body: x.body,
    publishedAt: x.publishedAt,
    dateBasis: x.dateBasis,
    dateEvidence: x.dateEvidence,
    outlet: x.outlet ? { id: x.outlet.id, nameAr: x.outlet.nameAr } : null,
    people: x.people.map((p) => p.id),
    places: x.places.map((p) => p.id),
    datelineCity: x.dateline?.city ?? null,
    dateClues: x.dateClues,
    onTopic: x.topic?.onTopic ?? true,
  };
}
