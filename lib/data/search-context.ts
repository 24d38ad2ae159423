import "server-only";
// What the search page needs beyond the search itself: the context a search started from turned into a
// filter (the compared articles' event), and names close to a query that found nothing.
import { db } from "./client";
import { queryWords } from "../search/relax";
import { suggest, type Suggestion } from "./search";
import { versionedCache } from "./versioned-cache";

/**
 * The event holding the most of these articles (ties: the one of the earliest listed article), or null
 * when none of them is grouped into an event.
 */
export async function eventOfArticles(ids: readonly number[]): Promise<string | null> {
  if (ids.length === 0) return null;
  const listed = [...ids];
  const rows = await db().$queryRaw<Array<{ slug: string }>>`
    SELECT e.slug FROM "EventArticle" ea JOIN "Event" e ON e.id = ea."eventId"
    WHERE ea."articleId" = ANY(${listed}::int[])
    GROUP BY e.slug
    ORDER BY count(*) DESC, min(array_position(${listed}::int[], ea."articleId")), e.slug
    LIMIT 1`;
  return rows[0]?.slug ?? null;
}

const MAX_DID_YOU_MEAN = 6;

/**
 * People, places and outlets close to the words of a query that found nothing: each word as typed, then
 * shortened a letter at a time (down to three), so a misspelt ending (لافروق, Kerri) still meets the name.
 */
export async function didYouMean(q: string): Promise<Suggestion[]> {
  const out = new Map<string, Suggestion>();
  for (const word of queryWords(q).slice(0, 4)) {
    for (let n = word.length; n >= Math.min(3, word.length); n--) {
      const found = await suggest(word.slice(0, n));
      for (const s of found) if (out.size < MAX_DID_YOU_MEAN) out.set(`${s.kind}:${s.id}`, s);
      if (found.length > 0) break;
    }
  }
  return [...out.values()];
}

/** Display names of the outlet, person and event a search is filtered by (the id when unknown). */
export async function filterNames(p: { outlet?: string; person?: string; event?: string }): Promise<{ outlet?: string; person?: string; event?: string }> {
  const [outlet, person, event] = await Promise.all([
    p.outlet ? db().outlet.findUnique({ where: { id: p.outlet }, select: { nameAr: true } }) : null,
    p.person ? db().person.findUnique({ where: { id: p.person }, select: { nameAr: true } }) : null,
    p.event ? db().event.findUnique({ where: { slug: p.event }, select: { title: true } }) : null,
  ]);
  return {
    outlet: p.outlet && (outlet?.nameAr ?? p.outlet),
    person: p.person && (person?.nameAr ?? p.person),
    event: p.event && (event?.title ?? p.event),
  };
}

// Reading every mention is slow on a large corpus: kept until the stored events change (close enough:
// loads that add articles regroup events too).
const storedMostNamed = versionedCache(async (limit: string): Promise<Suggestion[]> => {
  const rows = await db().$queryRaw<Array<{ id: string; nameAr: string; nameLatin: string | null }>>`
    SELECT p.id, p."nameAr", p."nameLatin" FROM "PersonMention" m JOIN "Person" p ON p.id = m."personId"
    GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT ${Number(limit)}`;
  return rows.map((r) => ({ kind: "person", id: r.id, label: r.nameAr, labelLatin: r.nameLatin }));
});

/** The people most articles name: what a search that found nothing, with no close name, can offer instead. */
export function mostNamedPeople(limit = MAX_DID_YOU_MEAN): Promise<Suggestion[]> {
  return storedMostNamed(String(limit));
}
