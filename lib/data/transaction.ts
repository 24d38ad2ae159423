// The one way to run work in a transaction: a Prisma interactive transaction on the process's one pool.
// Every writer (articles, events, people, search text, backup and restore) uses it. Search's reads are the
// exception: they run on the same pool through `pg` itself (readWithSettings, SqlReader), see below.
import pg from "pg";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

const { escapeLiteral } = pg;

/** The transaction's client: Prisma's models and raw queries, all on the transaction's one connection. */
export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  /** Rolled back past this; a stuck writer must not hold its locks forever. */
  timeoutMs?: number;
  /** Fail when no connection of the pool frees up in this time (the pool queues otherwise). */
  maxWaitMs?: number;
  isolation?: Prisma.TransactionIsolationLevel;
  readOnly?: boolean;
  /** Settings for this transaction only (`SET LOCAL`), e.g. `{ work_mem: "32MB" }`. */
  settings?: Record<string, string>;
}

// Prisma's defaults (5 s, 2 s) are for short request handlers: a batch of articles on a busy machine
// takes longer, and a request waiting for a connection should queue as it would on the pool itself.
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_WAIT_MS = 60_000;

/** Runs `work` in one transaction on one connection: all of it is committed, or none. */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>, opts: TransactionOptions = {}): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await applySettings(tx, opts);
      return work(tx);
    },
    { timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxWait: opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS, isolationLevel: opts.isolation },
  );
}

/**
 * Read-only SQL straight on the pool (or one of its connections), for search's statements: a search runs
 * four to eight small statements whose plans it chooses itself, and Prisma's client added about 0.1–0.3 ms
 * of JavaScript to each (its query interpreter and the JSON round trip of every row): measured side by side
 * with the same statements on `pg`, 12% of a search at 100,000 articles (README, "Search at scale").
 */
export interface SqlReader {
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export const sqlReader = (on: Pick<pg.Pool, "query"> | pg.PoolClient): SqlReader => ({
  rows: async <T>(sql: string, params: readonly unknown[] = []) => (await on.query(sql, params as unknown[])).rows as T[],
});

/**
 * One read under a transaction's settings (`SET LOCAL`: search's plan), on one connection of the pool, in
 * two round trips: BEGIN with the settings (one simple-protocol message, the settings as literals), then
 * the read. With `readOnly` (search) its COMMIT is sent but not waited for (nothing to commit, and the
 * result is already read): the connection goes back to the pool once COMMIT is answered, and is dropped if
 * it is not. That is two round trips of four, about 0.5 ms each on this machine, off every search.
 * No settings, no transaction.
 */
export async function readWithSettings<T>(
  pool: pg.Pool, read: (c: SqlReader) => Promise<T>, opts: Pick<TransactionOptions, "readOnly" | "settings">,
): Promise<T> {
  const settings = settingsOf(opts);
  if (settings.length === 0) return read(sqlReader(pool));
  const c = await pool.connect();
  let out: T;
  try {
    // No values: pg sends it as one simple query, so both statements go in one message.
    await c.query(`BEGIN; SELECT ${settings.map(([name, value]) => `set_config(${escapeLiteral(name)}, ${escapeLiteral(value)}, true)`).join(", ")}`);
    out = await read(sqlReader(c));
  } catch (e) {
    // A connection that cannot even roll back is dropped rather than handed to the next reader.
    const broken = await c.query("ROLLBACK").then(() => false, () => true);
    c.release(broken);
    throw e;
  }
  const commit = c.query("COMMIT").then(
    () => c.release(),
    (e: unknown) => {
      c.release(true);
      throw e;
    },
  );
  // A read-only transaction has nothing to commit: its COMMIT is not waited for. Any other is.
  if (opts.readOnly) commit.catch(() => {});
  else await commit;
  return out;
}

/** One round trip for all settings (set_config with is_local = true is SET LOCAL). */
async function applySettings(tx: Tx, opts: TransactionOptions): Promise<void> {
  const settings = settingsOf(opts);
  if (settings.length > 0) await tx.$queryRawUnsafe(`SELECT ${settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`, ...settings.flat());
}

/** The transaction's settings as [name, value] (read-only is `transaction_read_only`). */
function settingsOf(opts: Pick<TransactionOptions, "readOnly" | "settings">): Array<[string, string]> {
  return Object.entries({ ...(opts.readOnly ? { transaction_read_only: "on" } : {}), ...opts.settings });
}
