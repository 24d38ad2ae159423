// Writes extracted articles with their outlet, people, places, organisations and quotes.
// (Events are planned from all coverage afterwards: lib/load/regroup.ts.)
// A batch is one transaction; when it fails, each article is retried in a transaction of its own,
// so one bad article never takes others down and nothing is ever half-written.
import { Prisma } from "../../generated/prisma/client";
import type { Database } from "../client";
import { inTransaction, type Tx } from "../transaction";
import { articleRow, withSearchText, type ArticleRecord, type ArticleRow } from "./article-rows";
import { ARTICLE_COLUMNS, DISCOVERED_PERSON_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS } from "./columns";
import { unnestInsert, unnestSelect, type Column } from "./unnest-insert";
import { writeOutlets } from "./write-outlets";

export type WriteOutcome =
  | { ok: true; status: "loaded" | "updated" | "unchanged"; articleId: number }
  | { ok: false; error: Error };

/** A batch of a few hundred articles takes seconds on a busy machine; minutes mean something is stuck. */
const BATCH_TIMEOUT_MS = 120_000;

export async function writeArticles(database: Database, records: ArticleRecord[]): Promise<WriteOutcome[]> {
  if (records.length === 0) return [];
  try {
    return await inTransaction(database.prisma, (tx) => writeBatch(tx, records), { timeoutMs: BATCH_TIMEOUT_MS });
  } catch (e) {
    if (records.length === 1) return [{ ok: false, error: e instanceof Error ? e : new Error(String(e)) }];
    const outcomes: WriteOutcome[] = [];
    for (const record of records) outcomes.push(...(await writeArticles(database, [record])));
    return outcomes;
  }
}

async function writeBatch(tx: Tx, records: ArticleRecord[]): Promise<WriteOutcome[]> {
  const rows = records.map(articleRow);
  // A repeat of an input within the batch is written once; its copies report "unchanged".
  const firstIndex = new Map<string, number>();
  rows.forEach((row, i) => firstIndex.has(row.contentHash) || firstIndex.set(row.contentHash, i));
  const distinct = [...firstIndex.values()];

  const hashes = distinct.map((i) => rows[i]!.contentHash);
  const existing = await tx.$queryRaw<Array<{ id: number; contentHash: string; fingerprint: string }>>`
    SELECT id, "contentHash", fingerprint FROM "Article" WHERE "contentHash" = ANY(${hashes}::text[])`;
  const stored = new Map(existing.map((r) => [r.contentHash, r]));

  const outcomes = new Map<number, WriteOutcome>();
  const written: Array<{ record: ArticleRecord; articleId: number }> = [];
  const toInsert: number[] = [];
  const toUpdate: Array<ArticleRow & { id: number }> = [];
  for (const i of distinct) {
    const old = stored.get(rows[i]!.contentHash);
    if (!old) toInsert.push(i);
    else if (old.fingerprint === rows[i]!.fingerprint) outcomes.set(i, { ok: true, status: "unchanged", articleId: old.id });
    else {
      toUpdate.push({ ...withSearchText(rows[i]!, records[i]!), id: old.id });
      outcomes.set(i, { ok: true, status: "updated", articleId: old.id });
      written.push({ record: records[i]!, articleId: old.id });
    }
  }

  // Outlets first: an updated article may name one that is new.
  const outlets = uniqueBy(records.flatMap((r) => (r.extracted.outlet ? [r.extracted.outlet] : [])), (o) => o.id);
  await writeOutlets(tx, outlets);
  await updateArticles(tx, toUpdate);
  const inserted = await insertArticles(tx, toInsert.map((i) => () => withSearchText(rows[i]!, records[i]!)));
  const idOfHash = new Map(inserted.map((r) => [r.contentHash as string, r.id as number]));
  for (const i of toInsert) {
    const articleId = idOfHash.get(rows[i]!.contentHash)!;
    outcomes.set(i, { ok: true, status: "loaded", articleId });
    written.push({ record: records[i]!, articleId });
  }

  await writeChildren(tx, written, toUpdate.map((r) => r.id));
  return rows.map((row, i) => {
    const first = firstIndex.get(row.contentHash)!;
    const outcome = outcomes.get(first)!;
    return first === i || !outcome.ok ? outcome : { ...outcome, status: "unchanged" };
  });
}

/** New articles per statement: small enough that building the next one overlaps the database's work on this one. */
const INSERT_CHUNK = 100;

/**
 * Inserts new articles in chunks, building each chunk while the previous one's statement runs: while
 * PostgreSQL indexes one chunk (its tsvector, the GIN index, the word table), Node computes the next chunk's
 * search text and statement, instead of each waiting for the other. Never more than one statement is in
 * flight on the transaction (a Prisma interactive transaction is not to be given concurrent queries: one
 * that failed beside a queued one left the transaction open), so a failure stops the batch at once.
 */
async function insertArticles(tx: Tx, rows: Array<() => ArticleRow>): Promise<Array<Record<string, unknown>>> {
  const inserted: Array<Record<string, unknown>> = [];
  let running: Promise<Array<Record<string, unknown>>> | null = null;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    let chunk: ArticleRow[];
    try {
      chunk = rows.slice(i, i + INSERT_CHUNK).map((row) => row());
    } catch (e) {
      await running?.catch(() => {}); // the statement in flight ends before the rollback
      throw e;
    }
    if (running) inserted.push(...(await running));
    running = unnestInsert(tx, "Article", ARTICLE_COLUMNS, chunk, `RETURNING id, "contentHash"`);
    // Awaited on the next turn or below: until then a failure is held here, not an unhandled rejection.
    running.catch(() => {});
    // A turn of the event loop lets the statement reach the connection before the next chunk is built.
    if (i + INSERT_CHUNK < rows.length) await new Promise((resolve) => setImmediate(resolve));
  }
  if (running) inserted.push(...(await running));
  return inserted;
}

/** Rewrites changed articles in place: same ids, so links to them (events, corrections) hold. */
async function updateArticles(tx: Tx, rows: Array<ArticleRow & { id: number }>): Promise<void> {
  if (rows.length === 0) return;
  const columns = ARTICLE_COLUMNS.filter((c) => c.name !== "contentHash");
  const withId: Column<ArticleRow & { id: number }>[] = [{ name: "id", type: "int", value: (r) => r.id }, ...columns];
  const sets = Prisma.raw(columns.map((c) => `"${c.name}" = u."${c.name}"`).join(", "));
  await tx.$executeRaw`UPDATE "Article" a SET ${sets} FROM (${unnestSelect(withId, rows)}) u WHERE a.id = u.id`;
}

/** The mentions and quotes of the written articles; `updated` (ids of rewritten articles) lose their old ones first. */
async function writeChildren(tx: Tx, items: Array<{ record: ArticleRecord; articleId: number }>, updated: number[]): Promise<void> {
  if (items.length === 0) return;
  // A new article has none yet: three index probes per article saved on a first load.
  if (updated.length > 0) {
    await tx.$executeRaw`DELETE FROM "PersonMention" WHERE "articleId" = ANY(${updated}::int[])`;
    await tx.$executeRaw`DELETE FROM "EntityMention" WHERE "articleId" = ANY(${updated}::int[])`;
    await tx.$executeRaw`DELETE FROM "Quote" WHERE "articleId" = ANY(${updated}::int[])`;
  }
  const each = <T>(f: (x: ArticleRecord["extracted"], articleId: number) => T[]) => items.flatMap((i) => f(i.record.extracted, i.articleId));
  // People found by a role pattern get their Person row first; a gazetteer person with the same id is never overwritten.
  const discovered = uniqueBy(
    items.flatMap((i) => i.record.extracted.people.flatMap((p) => (p.discovered ? [{ ...p, discovered: p.discovered }] : []))),
    (p) => p.id,
  );
  await unnestInsert(tx, "Person", DISCOVERED_PERSON_COLUMNS, discovered, `ON CONFLICT (id) DO NOTHING`);
  await unnestInsert(tx, "PersonMention", MENTION_COLUMNS, each((x, articleId) => x.people.map((p) => ({ ...p, articleId }))));
  await unnestInsert(
    tx,
    "EntityMention",
    ENTITY_COLUMNS,
    each((x, articleId) => [
      ...x.places.map((e) => ({ ...e, articleId, kind: "place" })),
      ...x.organizations.map((e) => ({ ...e, articleId, kind: "organization" })),
    ]),
  );
  await unnestInsert(tx, "Quote", QUOTE_COLUMNS, each((x, articleId) => x.quotes.map((q, position) => ({ ...q, articleId, position }))));
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
