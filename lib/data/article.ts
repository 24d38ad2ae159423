import "server-only";
import { cache } from "react";
import { db } from "./client";
import type { DateBasis } from "../enums/date-basis";
import type { OutletType } from "../enums/outlet-type";
import type { OutletLabel } from "../display/outlet";
import { rawLinesOf } from "../extract/lines";
import type { LineVerdict } from "../extract/types";
import type { StoredVerdict } from "./write/article-rows";
import { isoDate } from "./dates";

export interface ArticleView {
  id: number;
  title: string;
  body: string;
  caption: string | null;
  datelineCity: string | null;
  datelineAgency: string | null;
  publishedAt: string | null;
  dateBasis: DateBasis;
  dateEvidence: string | null;
  sourceFile: string;
  /** Where the title came from: text, page, sidecar or url_slug (null with an empty title). */
  titleSource: string | null;
  outlet: (OutletLabel & { nameLatin: string | null; domain: string | null; type: OutletType }) | null;
  people: Array<{ id: string; nameAr: string; nameLatin: string; asWritten: string; count: number }>;
  places: Array<{ id: string; name: string; asWritten: string }>;
  organizations: Array<{ id: string; name: string; asWritten: string }>;
  quotes: Array<{ text: string; speaker: string | null; speakerId: string | null; speakerName: string | null }>;
  lines: LineVerdict[];
  events: Array<{ slug: string; title: string }>;
}

export const getArticle = cache(async (id: number): Promise<ArticleView | null> => {
  const a = await db().article.findUnique({
    where: { id },
    include: {
      outlet: true,
      mentions: { include: { person: true }, orderBy: { count: "desc" } },
      events: { include: { event: { select: { slug: true, title: true } } } },
      entities: { orderBy: [{ count: "desc" }, { entityId: "asc" }] },
      quotes: { orderBy: { position: "asc" }, include: { person: { select: { nameAr: true } } } },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    title: a.title,
    body: a.body,
    caption: a.caption,
    datelineCity: a.datelineCity,
    datelineAgency: a.datelineAgency,
    publishedAt: isoDate(a.publishedAt),
    dateBasis: a.dateBasis,
    dateEvidence: a.dateEvidence,
    sourceFile: a.sourceFile,
    titleSource: a.titleSource,
    outlet: a.outlet
      ? { nameAr: a.outlet.nameAr, nameLatin: a.outlet.nameLatin, domain: a.outlet.domain, country: a.outlet.country, verified: a.outlet.verified, type: a.outlet.type }
      : null,
    people: a.mentions.map((m) => ({
      id: m.personId,
      nameAr: m.person.nameAr,
      nameLatin: m.person.nameLatin,
      asWritten: m.asWritten,
      count: m.count,
    })),
    places: entitiesOf(a.entities, "place"),
    organizations: entitiesOf(a.entities, "organization"),
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerId: q.speakerId, speakerName: q.person?.nameAr ?? null })),
    lines: withText(a.lineVerdicts as unknown as StoredVerdict[], a.readText ?? a.rawText),
    events: a.events.map((e) => e.event),
  };
});

function withText(verdicts: StoredVerdict[], text: string): LineVerdict[] {
  const lines = rawLinesOf(text);
  return verdicts.map((v) => ({ ...v, text: lines[v.line - 1] ?? "" }));
}

function entitiesOf(rows: Array<{ kind: string; entityId: string; name: string; asWritten: string }>, kind: string) {
  return rows.filter((r) => r.kind === kind).map((r) => ({ id: r.entityId, name: r.name, asWritten: r.asWritten }));
}
