// Runtime migration applier (used by the start and test commands): plain `pg`, no Prisma engine.
// It keeps Prisma's own bookkeeping (the `_prisma_migrations` table, its columns, checksums and
// advisory-lock key) so that `prisma migrate deploy/status` on a machine with the native engine sees
// exactly the state it would have produced itself.
// Difference from Prisma, on purpose: each migration runs in one transaction with its tracking row,
// so a failing migration leaves neither half its changes nor a "failed" row behind; fix it, rerun.
// Consequence: migrations must not contain BEGIN/COMMIT or CREATE INDEX CONCURRENTLY.
import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { defaultMigrationsDir, readMigrations, type MigrationFile } from "./migrations-dir";

export interface ApplyMigrationsOptions {
  log?: (msg: string) => void;
  /** Defaults to prisma/migrations under the current directory. */
  migrationsDir?: string;
}

/** The key `prisma migrate` itself locks, so this applier and Prisma's never run at the same time. */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's DDL for its table (schema engine, postgres flavour), made idempotent. */
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/** sha256 hex of migration.sql, as Prisma records it. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Prisma also accepts the file with its line endings converted either way (git autocrlf). */
function matchesChecksum(sql: string, checksum: string): boolean {
  return [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\n/g, "\r\n")].some((s) => migrationChecksum(s) === checksum);
}

export async function applyMigrations(
  connectionString: string,
  opts: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const migrations = readMigrations(opts.migrationsDir ?? defaultMigrationsDir());
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await lock(client, log);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<MigrationRow>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at",
    );
    const pending = pendingMigrations(migrations, rows, log);
    const applied: string[] = [];
    for (const migration of pending) {
      const started = Date.now();
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`Applied migration ${migration.name} (${Date.now() - started} ms)`);
    }
    return { applied };
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end();
  }
}

async function lock(client: pg.Client, log: (msg: string) => void): Promise<void> {
  const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [PRISMA_MIGRATE_LOCK]);
  if (rows[0]?.ok) return;
  log("Another process is migrating this database; waiting for it to finish");
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
}

/** Which migrations still need to run; refuses when the recorded history cannot be trusted. */
function pendingMigrations(files: MigrationFile[], rows: MigrationRow[], log: (msg: string) => void): MigrationFile[] {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length) {
    const names = failed.map((r) => r.migration_name).join(", ");
    throw new Error(
      `Migration ${names} is recorded as failed in _prisma_migrations` +
        `${failed[0]?.logs ? ` (${failed[0].logs.split("\n")[0]})` : ""}. ` +
        "Check the database by hand, then mark it with `prisma migrate resolve --rolled-back <name>` " +
        "(or delete that row) and start again.",
    );
  }
  const done = new Map(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => [r.migration_name, r]));
  const byName = new Set(files.map((f) => f.name));
  for (const name of done.keys()) {
    if (!byName.has(name)) log(`Warning: migration ${name} is applied to the database but missing from the migrations folder`);
  }
  for (const file of files) {
    const row = done.get(file.name);
    if (row && !matchesChecksum(file.sql, row.checksum)) {
      throw new Error(
        `Migration ${file.name} was changed after it was applied (recorded checksum ${row.checksum}, ` +
          `file now ${migrationChecksum(file.sql)}). Restore the file and put the change in a new migration.`,
      );
    }
  }
  return files.filter((f) => !done.has(f.name));
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    // One multi-statement query, as Prisma's engine sends it (function bodies may contain ";").
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migrationChecksum(migration.sql), migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}
