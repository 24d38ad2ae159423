import "server-only";
import { cache } from "react";
import { foldForMatch } from "../arabic/normalize";
import { db } from "./client";
import type { DateBasis } from "../enums/date-basis";
import type { EventKind } from "../enums/event-kind";
import { eventFields, isoDate, byPublication } from "./dates";
import type { OutletLabel } from "../display/outlet";

export interface EventCoverage {
  id: number;
  title: string;
  outletName: string | null;
  /** The outlet with its country and whether the registry lists it, for the coverage list. */
  outlet: OutletLabel | null;
  publishedAt: string | null; // YYYY-MM-DD
  dateBasis: DateBasis;
  sourceFile: string;
}

export interface EventQuote {
  text: string;
  /** Every article that printed this quotation (compared on normalised text), in coverage order. */
  printedBy: Array<{ articleId: number; outletName: string | null }>;
}

export interface EventSpeaker {
  /** The Person's Arabic name when the speaker was recognised, else the speaker as written, else «غير منسوب». */
  name: string;
  nameLatin: string | null;
  personId: string | null;
  quotes: EventQuote[];
}

export interface EventView {
  slug: string;
  title: string;
  kind: EventKind;
  date: string | null;
  dateEnd: string | null;
  dateBasis: DateBasis;
  place: string | null;
  participants: Array<{ id: string; nameAr: string; nameLatin: string | null }>;
  articles: EventCoverage[];
  speakers: EventSpeaker[];
}

export const UNATTRIBUTED = "غير منسوب";


export const getEvent = cache(async (slug: string): Promise<EventView | null> => {
  const e = await db().event.findUnique({
    where: { slug },
    include: {
      articles: {
        include: {
          article: {
            select: {
              id: true,
              title: true,
              publishedAt: true,
              dateBasis: true,
              sourceFile: true,
              outlet: { select: { nameAr: true, country: true, verified: true } },
              quotes: { orderBy: { position: "asc" }, include: { person: { select: { nameAr: true, nameLatin: true } } } },
            },
          },
        },
      },
    },
  });
  if (!e) return null;
  const people = new Map(
    (await db().person.findMany({ where: { id: { in: e.participants } }, select: { id: true, nameAr: true, nameLatin: true } })).map((p) => [p.id, p]),
  );
  // Coverage in publication order, undated last (the timeline's order).
  const articles = e.articles
    .map(({ article }) => article)
    .sort(byPublication);
  return {
    ...eventFields(e),
    participants: e.participants.map((id) => people.get(id) ?? { id, nameAr: id, nameLatin: null }),
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outletName: a.outlet?.nameAr ?? null,
      outlet: a.outlet,
      publishedAt: isoDate(a.publishedAt),
      dateBasis: a.dateBasis,
      sourceFile: a.sourceFile,
    })),
    speakers: groupQuotes(articles),
  };
});

type ArticleQuotes = {
  id: number;
  outlet: { nameAr: string } | null;
  quotes: Array<{ text: string; speaker: string | null; speakerId: string | null; person: { nameAr: string; nameLatin: string } | null }>;
};

/** Speakers in order of first quotation; a quotation two outlets printed is listed once, with both. */
function groupQuotes(articles: ArticleQuotes[]): EventSpeaker[] {
  const speakers = new Map<string, EventSpeaker & { byText: Map<string, EventQuote> }>();
  for (const a of articles) {
    for (const q of a.quotes) {
      const key = q.person ? `person:${q.speakerId}` : q.speaker?.trim() ? `as-written:${foldForMatch(q.speaker)}` : "none";
      let group = speakers.get(key);
      if (!group) {
        group = {
          name: q.person?.nameAr ?? (q.speaker?.trim() || UNATTRIBUTED),
          nameLatin: q.person?.nameLatin ?? null,
          personId: q.person ? q.speakerId : null,
          quotes: [],
          byText: new Map(),
        };
        speakers.set(key, group);
      }
      const textKey = foldForMatch(q.text);
      const printer = { articleId: a.id, outletName: a.outlet?.nameAr ?? null };
      const seen = group.byText.get(textKey);
      if (seen) {
        if (!seen.printedBy.some((p) => p.articleId === a.id)) seen.printedBy.push(printer);
      } else {
        const quote = { text: q.text, printedBy: [printer] };
        group.byText.set(textKey, quote);
        group.quotes.push(quote);
      }
    }
  }
  return [...speakers.values()].map(({ byText: _, ...s }) => s);
}
