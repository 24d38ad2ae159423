// Logical backup and restore of the product database through raw SQL on the Prisma client: a gzipped file of JSON lines
// (a header, then per table its columns and one line per row), read in one consistent snapshot.
// Why not pg_dump: the embedded server is PostgreSQL 18 and the npm packages ship no client tools, and a
// pg_dump older than the server refuses to run; this works the same with the embedded server and with any
// DATABASE_URL. (With matching client tools, pg_dump/pg_restore work too: see the README.)
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import type { Database } from "../client";
import { inTransaction, type Tx } from "../transaction";
import { quoteLiteral } from "../write/array-literal";

const FORMAT = "syria-talks-backup";
const FETCH = 1000;
/** A backup or restore reads or writes every row in one transaction: it may take a long time. */
const TIMEOUT_MS = 6 * 3600_000;

interface Header { format: string; version: 1; createdAt: string; migrations: string[] }
interface TableLine { table: string; columns: string[] }

/** Tables the database fills itself from others (triggers): not backed up, and rebuilt as their sources are restored. */
const DERIVED_TABLES = new Set(["SearchTerm"]);

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Base tables of the public schema, parents before children (foreign keys), without the migration log. */
async function tablesInOrder(tx: Tx): Promise<string[]> {
  const tables = await tx.$queryRaw<Array<{ name: string }>>`
    SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations' ORDER BY 1`;
  const edges = await tx.$queryRaw<Array<{ child: string; parent: string }>>`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
      JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'`;
  const strip = (s: string) => s.replace(/^"|"$/g, "");
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) if (strip(e.child) !== strip(e.parent)) parents.get(strip(e.child))?.add(strip(e.parent));
  const order: string[] = [];
  const visit = (t: string, seen = new Set<string>()) => {
    if (order.includes(t) || seen.has(t)) return;
    seen.add(t);
    for (const p of parents.get(t) ?? []) visit(p, seen);
    order.push(t);
  };
  tables.forEach((t) => visit(t.name));
  return order;
}

/** Stored (not generated) columns: generated ones are recomputed on restore. */
async function storedColumns(tx: Tx, table: string): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ name: string }>>`
    SELECT a.attname::text AS name FROM pg_attribute a WHERE a.attrelid = ${ident(table)}::regclass AND a.attnum > 0
       AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`;
  return rows.map((r) => r.name);
}

export async function backupDatabase(database: Database, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  return inTransaction(database.prisma, async (tx) => {
    const migrations = await tx.$queryRaw<Array<{ name: string }>>`
      SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`;
    const tables = (await tablesInOrder(tx)).filter((t) => !DERIVED_TABLES.has(t));
    async function* lines() {
      const header: Header = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: migrations.map((m) => m.name) };
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) {
        const columns = await storedColumns(tx, table);
        yield `${JSON.stringify({ table, columns } satisfies TableLine)}\n`;
        counts[table] = 0;
        // Identifiers from the catalogue, quoted: no value of the data is part of these statements.
        await tx.$executeRawUnsafe(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT json_build_array(${columns.map(ident).join(", ")}) AS r FROM ${ident(table)}`);
        for (;;) {
          const rows = await tx.$queryRawUnsafe<Array<{ r: unknown[] }>>(`FETCH ${FETCH} FROM backup_rows`);
          if (!rows.length) break;
          counts[table] += rows.length;
          yield rows.map((row) => `${JSON.stringify(row.r)}\n`).join("");
        }
        await tx.$executeRawUnsafe("CLOSE backup_rows");
      }
    }
    const tmp = `${file}.partial`;
    await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(tmp));
    fs.renameSync(tmp, file); // never leave a truncated backup under the real name
    return counts;
  }, { isolation: "RepeatableRead", readOnly: true, timeoutMs: TIMEOUT_MS });
}

/**
 * Replaces the content of a migrated database with a backup, in one transaction: every table is emptied,
 * rows are inserted parents first, and id sequences continue after the restored ids.
 */
export async function restoreDatabase(database: Database, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  return inTransaction(database.prisma, async (tx) => {
    let header: Header | undefined;
    let table: TableLine | undefined;
    let batch: unknown[][] = [];
    const flush = async () => {
      if (!table || !batch.length) return;
      const cols = table.columns.map(ident).join(", ");
      const objects = batch.map((row) => Object.fromEntries(table!.columns.map((c, i) => [c, row[i]])));
      // The rows as one constant, like the article writer's bulk values (lib/data/write/array-literal.ts).
      await tx.$executeRawUnsafe(
        `INSERT INTO ${ident(table.table)} (${cols}) SELECT ${cols} FROM jsonb_populate_recordset(NULL::${ident(table.table)}, ${quoteLiteral(JSON.stringify(objects))}::jsonb)`,
      );
      counts[table.table] = (counts[table.table] ?? 0) + batch.length;
      batch = [];
    };
    // Opened only now: readline's lines emitted before the loop starts iterating would be lost.
    const input = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
    for await (const line of input) {
      if (!line) continue;
      const value = JSON.parse(line) as unknown;
      if (!header) {
        header = value as Header;
        if (header.format !== FORMAT) throw new Error(`${file} is not a backup of this product`);
        await assertSchemaKnows(tx, header.migrations);
        const tables = await tablesInOrder(tx);
        await tx.$executeRawUnsafe(`TRUNCATE ${tables.map(ident).join(", ")} RESTART IDENTITY CASCADE`);
      } else if (!Array.isArray(value)) {
        await flush();
        table = value as TableLine;
        counts[table.table] = 0;
      } else if (!DERIVED_TABLES.has(table!.table)) {
        batch.push(value);
        if (batch.length >= FETCH) await flush();
      }
    }
    await flush();
    if (!header) throw new Error(`${file} is empty`);
    await resetSequences(tx);
    return counts;
  }, { timeoutMs: TIMEOUT_MS });
}

/** A backup from a newer schema cannot be restored into an older one. */
async function assertSchemaKnows(tx: Tx, migrations: string[]): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ name: string }>>`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
  const applied = new Set(rows.map((r) => r.name));
  const missing = migrations.filter((m) => !applied.has(m));
  if (missing.length) throw new Error(`The backup needs migrations this database does not have: ${missing.join(", ")}`);
}

async function resetSequences(tx: Tx): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ tbl: string; col: string; seq: string }>>`
    SELECT c.relname::text AS tbl, a.attname::text AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
       AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`;
  for (const r of rows) {
    await tx.$executeRawUnsafe(`SELECT setval($1::regclass, COALESCE((SELECT max(${ident(r.col)}) FROM ${ident(r.tbl)}), 0) + 1, false)`, r.seq);
  }
}
