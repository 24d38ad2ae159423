import "server-only";
import { cache } from "react";
import { compareArticles } from "../compare/compare";
import type { CompareInput, Comparison } from "../compare/types";
import { db } from "./client";
import { Prisma } from "../generated/prisma/client";
import { MAX_TITLE_QUERY } from "../params/compare";
import { searchKey } from "../params/timeline";
import { byPublication, isoDate } from "./dates";
import { foldSql } from "./timeline";

export type ComparisonResult = { ok: true; comparison: Comparison } | { ok: false; error: "NOT_FOUND"; missing: number[] };

/** The stored articles as compareArticles reads them, in the order of `ids`; missing ids are left out. */
export async function getCompareInputs(ids: readonly number[]): Promise<CompareInput[]> {
  const rows = await db().article.findMany({
    where: { id: { in: [...ids] } },
    include: {
      outlet: { select: { nameAr: true, country: true, verified: true } },
      mentions: { include: { person: { select: { nameAr: true } } }, orderBy: [{ count: "desc" }, { personId: "asc" }] },
      entities: { where: { kind: "place" }, orderBy: [{ count: "desc" }, { entityId: "asc" }] },
      quotes: { orderBy: { position: "asc" }, include: { person: { select: { nameAr: true } } } },
    },
  });
  const byId = new Map(rows.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return [];
    return [
      {
        id: a.id,
        title: a.title,
        outlet: a.outlet?.nameAr ?? null,
        outletCountry: a.outlet?.country ?? null,
        outletVerified: a.outlet?.verified ?? true,
        publishedAt: isoDate(a.publishedAt),
        dateBasis: a.dateBasis,
        datelineCity: a.datelineCity,
        datelineAgency: a.datelineAgency,
        body: a.body,
        people: a.mentions.map((m) => ({ id: m.personId, name: m.person.nameAr })),
        places: a.entities.map((e) => ({ id: e.entityId, name: e.name })),
        quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerId: q.speakerId, speakerName: q.person?.nameAr ?? null })),
      },
    ];
  });
}

/** Two or three articles compared (lib/compare); NOT_FOUND names the ids that are not stored. */
export const getComparison = cache(async (ids: number[]): Promise<ComparisonResult> => {
  const inputs = await getCompareInputs(ids);
  if (inputs.length !== ids.length) {
    const found = new Set(inputs.map((a) => a.id));
    return { ok: false, error: "NOT_FOUND", missing: ids.filter((id) => !found.has(id)) };
  }
  return { ok: true, comparison: compareArticles(inputs) };
});

export interface ArticleTitleHit {
  id: number;
  title: string;
  outletName: string | null;
  publishedAt: string | null;
}

/** The "compare with…" picker: articles whose title contains `q` (folded as lib/arabic folds), newest first. */
export async function searchArticleTitles(q: string, limit = 20, excludeIds: readonly number[] = []): Promise<ArticleTitleHit[]> {
  const key = searchKey(q.slice(0, MAX_TITLE_QUERY));
  if (!key) return [];
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const take = Math.max(1, Math.min(50, Math.floor(limit)));
  const exclude = excludeIds.length ? Prisma.sql`AND a.id <> ALL(${[...excludeIds]}::int[])` : Prisma.empty;
  const rows = await db().$queryRaw<Array<{ id: number; title: string; outletName: string | null; publishedAt: Date | null }>>(Prisma.sql`
    SELECT a.id, a.title, o."nameAr" AS "outletName", a."publishedAt"
    FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId"
    WHERE ${foldSql(Prisma.sql`a.title`)} LIKE ${pattern} ${exclude}
    ORDER BY a."publishedAt" DESC NULLS LAST, a.id
    LIMIT ${take}`);
  return rows.map((r) => ({ id: r.id, title: r.title, outletName: r.outletName, publishedAt: isoDate(r.publishedAt) }));
}

/** The articles of an event in coverage order (publication date, undated last), for "compare coverage"; null for an unknown slug. */
export async function getEventArticleIds(slug: string): Promise<number[] | null> {
  const e = await db().event.findUnique({
    where: { slug },
    select: { articles: { select: { article: { select: { id: true, publishedAt: true } } } } },
  });
  if (!e) return null;
  return e.articles
    .map(({ article }) => article)
    .sort(byPublication)
    .map((a) => a.id);
}
