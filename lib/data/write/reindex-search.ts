// Fills Article.searchTitle/searchBody (the tsvector follows, generated) for rows written before search
// existed or after the analyser changed. SQL cannot run the TypeScript stemmer, so this reads each batch,
// computes the text in Node and writes it back with one unnest UPDATE.
import { searchTextOf } from "../../search/index-text";
import type { Database } from "../client";
import { arrayConstant } from "./array-literal";

const BATCH = 500;

/** Reindexes rows whose search text is missing (all rows with `all`). Returns the number of rows written. */
export async function reindexSearch(database: Database, opts: { all?: boolean; onProgress?: (done: number) => void } = {}): Promise<number> {
  const { prisma } = database;
  let done = 0;
  let after = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<Array<{ id: number; title: string; caption: string | null; body: string; people: string[]; places: string[]; organizations: string[] }>>`
       SELECT a.id, a.title, a.caption, a.body,
         COALESCE((SELECT array_agg(m."personId") FROM "PersonMention" m WHERE m."articleId" = a.id), '{}') AS people,
         COALESCE((SELECT array_agg(e."entityId") FROM "EntityMention" e WHERE e."articleId" = a.id AND e.kind = 'place'), '{}') AS places,
         COALESCE((SELECT array_agg(e."entityId") FROM "EntityMention" e WHERE e."articleId" = a.id AND e.kind = 'organization'), '{}') AS organizations
       FROM "Article" a
       WHERE a.id > ${after} AND (${opts.all === true}::boolean OR a."searchTitle" IS NULL)
       ORDER BY a.id LIMIT ${BATCH}`;
    if (rows.length === 0) {
      // Cached search results (lib/data/search.ts) read the old text: mark the data changed.
      if (done > 0) await prisma.$executeRaw`UPDATE "DataVersion" SET version = version + 1 WHERE id = 1`;
      return done;
    }
    const texts = rows.map((r) =>
      searchTextOf({ ...r, people: r.people.map((id) => ({ id })), places: r.places.map((id) => ({ id })), organizations: r.organizations.map((id) => ({ id })) }),
    );
    await prisma.$executeRaw`
      UPDATE "Article" a SET "searchTitle" = u.t, "searchBody" = u.b
      FROM unnest(${arrayConstant(rows.map((r) => r.id), "int[]")}, ${arrayConstant(texts.map((t) => t.searchTitle), "text[]")},
                  ${arrayConstant(texts.map((t) => t.searchBody), "text[]")}) AS u(id, t, b)
      WHERE a.id = u.id`;
    done += rows.length;
    after = rows[rows.length - 1]!.id;
    opts.onProgress?.(done);
  }
}
