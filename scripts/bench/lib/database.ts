// The database every benchmark runs on: an embedded PostgreSQL of its own (a throwaway cluster under
// .tmp/, or a folder kept between runs), one migrated database in it, and the process's one pool and
// Prisma client on it (lib/data/client). Stopped, and the throwaway cluster removed, however the work ends.
import fs from "node:fs";
import path from "node:path";
import { connect, type Database } from "../../../lib/data/client";
import { applyMigrations } from "../../../lib/data/schema/migrate";
import { ensureDatabase } from "../../../lib/data/server/database";
import { startEmbeddedPostgres } from "../../../lib/data/server/embedded";
import { ROOT } from "../../lib/product-database";

export interface BenchDatabaseOptions {
  /** Keep the cluster in this folder and reuse it next time (a large corpus is loaded once). */
  keepDir?: string;
  /** fsync and full-page writes off: for benchmarks that do not measure durable writes. */
  ephemeral?: boolean;
  /** Preferred port (another free one is taken when it is busy), so benchmarks running side by side do not meet. */
  port?: number;
  /** Connections of the pool. */
  poolSize?: number;
  log?: (line: string) => void;
}

export interface BenchDatabase {
  url: string;
  database: Database;
  /** The cluster's folder. */
  dataDir: string;
}

/** Runs `work` on a fresh (or kept) benchmark database called `name`. */
export async function withBenchDatabase<T>(name: string, opts: BenchDatabaseOptions, work: (bench: BenchDatabase) => Promise<T>): Promise<T> {
  const dataDir = opts.keepDir ? path.resolve(opts.keepDir) : path.join(ROOT, ".tmp", `bench-${name.replace(/_/g, "-")}-${process.pid}`);
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: opts.ephemeral, port: opts.port, log: opts.log });
  let database: Database | undefined;
  try {
    const url = await ensureDatabase(server.adminUrl, name);
    await applyMigrations(url);
    database = connect(url, opts.poolSize ?? 2);
    return await work({ url, database, dataDir });
  } finally {
    await database?.close();
    await server.stop();
    if (!opts.keepDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
