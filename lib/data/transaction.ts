// The one way to run work in a transaction: a Prisma interactive transaction on the process's one pool.
// Every writer (articles, events, people, search text, backup and restore) uses it; search's plan settings
// go with its one read in a batch transaction (readWithSettings).
import { Prisma, type PrismaClient } from "../generated/prisma/client";

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
 * One read under a transaction's settings, as Prisma's batch transaction: the settings and the statement
 * sent together, without the interactive transaction's round trips and bookkeeping (about 0.4 ms of a
 * search at 100,000 articles). For a read whose plan needs `SET LOCAL` (search); no settings, no transaction.
 */
export async function readWithSettings<T>(
  prisma: PrismaClient, read: (client: PrismaClient) => Prisma.PrismaPromise<T>, opts: Pick<TransactionOptions, "readOnly" | "settings">,
): Promise<T> {
  const settings = settingsSql(opts);
  if (!settings) return read(prisma);
  const [, value] = await prisma.$transaction([prisma.$queryRaw(settings), read(prisma)]);
  return value;
}

/** One round trip for all settings (set_config with is_local = true is SET LOCAL). */
async function applySettings(tx: Tx, opts: TransactionOptions): Promise<void> {
  const settings = settingsSql(opts);
  if (settings) await tx.$queryRaw(settings);
}

function settingsSql(opts: Pick<TransactionOptions, "readOnly" | "settings">): Prisma.Sql | null {
  const settings = Object.entries({ ...(opts.readOnly ? { transaction_read_only: "on" } : {}), ...opts.settings });
  if (settings.length === 0) return null;
  return Prisma.sql`SELECT ${Prisma.join(settings.map(([name, value]) => Prisma.sql`set_config(${name}, ${value}, true)`))}`;
}
