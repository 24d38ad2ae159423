// Writes extracted articles with their outlet, people, places, organisations and quotes.
// (Events are planned from all coverage afterwards: lib/load/regroup.ts.)
// A batch is one transaction; when it fails, each article is retried in a transaction of its own,
// so one bad article never takes others down and nothing is ever half-written.
import type { Pool, PoolClient } from "pg";
import { inTransaction } from "./transaction";
import { articleRow, withSearchText, type ArticleRecord, type ArticleRow } from "./article-rows";
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS } from "./columns";
import { unnestInsert } from "./unnest-insert";
import { writeOutlets } from "./write-outlets";

export type WriteOutcome =
  | { ok: true; status: "loaded" | "updated" | "unchanged"; articleId: number }
  | { ok: false; error: Error };

export async function writeArticles(pool: Pool, records: ArticleRecord[]): Promise<WriteOutcome[]> {
  if (records.length === 0) return [];
  try {
    return await inTransaction(pool, (client) => writeBatch(client, records));
  } catch (e) {
    if (records.length === 1) return [{ ok: false, error: e instanceof Error ? e : new Error(String(e)) }];
    const outcomes: WriteOutcome[] = [];
    for (const record of records) outcomes.push(...(await writeArticles(pool, [record])));
    return outcomes;
  }
}

async function writeBatch(client: PoolClient, records: ArticleRecord[]): Promise<WriteOutcome[]> {
  const rows = records.map(articleRow);
  // A repeat of an input within the batch is written once; its copies report "unchanged".
  const firstIndex = new Map<string, number>();
  rows.forEach((row, i) => firstIndex.has(row.contentHash) || firstIndex.set(row.contentHash, i));
  const distinct = [...firstIndex.values()];

  const existing = await client.query<{ id: number; contentHash: string; fingerprint: string }>(
    `SELECT id, "contentHash", fingerprint FROM "Article" WHERE "contentHash" = ANY($1)`,
    [distinct.map((i) => rows[i]!.contentHash)],
  );
  const stored = new Map(existing.rows.map((r) => [r.contentHash, r]));

  const outcomes = new Map<number, WriteOutcome>();
  const written: Array<{ record: ArticleRecord; articleId: number }> = [];
  const toInsert: number[] = [];
  for (const i of distinct) {
    const old = stored.get(rows[i]!.contentHash);
    if (!old) toInsert.push(i);
    else if (old.fingerprint === rows[i]!.fingerprint) outcomes.set(i, { ok: true, status: "unchanged", articleId: old.id });
    else {
      await updateArticle(client, old.id, withSearchText(rows[i]!, records[i]!));
      outcomes.set(i, { ok: true, status: "updated", articleId: old.id });
      written.push({ record: records[i]!, articleId: old.id });
    }
  }

  const outlets = uniqueBy(records.flatMap((r) => (r.extracted.outlet ? [r.extracted.outlet] : [])), (o) => o.id);
  await writeOutlets(client, outlets);
  const inserted = await unnestInsert(client, "Article", ARTICLE_COLUMNS, toInsert.map((i) => withSearchText(rows[i]!, records[i]!)), `RETURNING id, "contentHash"`);
  const idOfHash = new Map(inserted.map((r) => [r.contentHash as string, r.id as number]));
  for (const i of toInsert) {
    const articleId = idOfHash.get(rows[i]!.contentHash)!;
    outcomes.set(i, { ok: true, status: "loaded", articleId });
    written.push({ record: records[i]!, articleId });
  }

  await writeChildren(client, written);
  return rows.map((row, i) => {
    const first = firstIndex.get(row.contentHash)!;
    const outcome = outcomes.get(first)!;
    return first === i || !outcome.ok ? outcome : { ...outcome, status: "unchanged" };
  });
}

async function updateArticle(client: PoolClient, id: number, row: ArticleRow): Promise<void> {
  const columns = ARTICLE_COLUMNS.filter((c) => c.name !== "contentHash");
  const sets = columns.map((c, i) => `"${c.name}" = $${i + 2}${c.type === "jsonb" ? "::jsonb" : ""}`).join(", ");
  await client.query(`UPDATE "Article" SET ${sets} WHERE id = $1`, [id, ...columns.map((c) => c.value(row))]);
}

async function writeChildren(client: PoolClient, items: Array<{ record: ArticleRecord; articleId: number }>): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((i) => i.articleId);
  for (const table of ["PersonMention", "EntityMention", "Quote"]) {
    await client.query(`DELETE FROM "${table}" WHERE "articleId" = ANY($1)`, [ids]);
  }
  const each = <T>(f: (x: ArticleRecord["extracted"], articleId: number) => T[]) => items.flatMap((i) => f(i.record.extracted, i.articleId));
  await unnestInsert(client, "PersonMention", MENTION_COLUMNS, each((x, articleId) => x.people.map((p) => ({ ...p, articleId }))));
  await unnestInsert(
    client,
    "EntityMention",
    ENTITY_COLUMNS,
    each((x, articleId) => [
      ...x.places.map((e) => ({ ...e, articleId, kind: "place" })),
      ...x.organizations.map((e) => ({ ...e, articleId, kind: "organization" })),
    ]),
  );
  await unnestInsert(client, "Quote", QUOTE_COLUMNS, each((x, articleId) => x.quotes.map((q, position) => ({ ...q, articleId, position }))));
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
