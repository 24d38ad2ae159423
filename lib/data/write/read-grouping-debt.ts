// What grouping still owes: the stored articles that belong to no event. Right after a load's batches
// they are its new articles; any others were left by a load killed during its regrouping (every batch
// committed, the regrouping's transaction not), which a rerun reports unchanged. One anti-join on the
// EventArticle ("articleId") index: milliseconds when nothing is owed, even at 100,000 articles.
import type { Database } from "../client";
import { countArticles } from "./count-articles";

export interface GroupingDebt {
  /** Stored articles. */
  corpus: number;
  /** Articles in no event, with whether each carries a date of its own (not one grouping inferred). */
  unassigned: Array<{ articleId: number; dated: boolean }>;
}

export async function readGroupingDebt(database: Database): Promise<GroupingDebt> {
  const [corpus, unassigned] = await Promise.all([
    countArticles(database),
    database.prisma.$queryRaw<Array<{ articleId: number; dated: boolean }>>`
      SELECT a.id AS "articleId", (a."publishedAt" IS NOT NULL AND a."dateBasis" NOT IN ('inferred', 'unknown')) AS dated
        FROM "Article" a
       WHERE NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."articleId" = a.id)
       ORDER BY a.id`,
  ]);
  return { corpus, unassigned };
}
