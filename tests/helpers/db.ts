// A throwaway, migrated database per test file, on the real PostgreSQL started by tests/setup/global-db.ts.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { connect } from "../../lib/data/client";
import { dropDatabase, ensureDatabase } from "../../lib/data/server/database";
import { applyMigrations } from "../../lib/data/schema/migrate";
import type { Database } from "../../lib/data/client";

export interface TestDatabase {
  url: string;
  name: string;
  /** Prisma client on the test database. */
  db: Database["prisma"];
  /** Pool + Prisma, as the loader takes them. */
  database: Database;
  drop(): Promise<void>;
}

export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject("adminDatabaseUrl");
  assertLocal(adminUrl);
  const name = `t_${randomBytes(6).toString("hex")}`;
  const url = await ensureDatabase(adminUrl, name);
  if (opts.migrate !== false) await applyMigrations(url);
  const database = connect(url, 4);
  return {
    url,
    name,
    db: database.prisma,
    database,
    drop: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** Tests create and drop databases: never let them point at a remote server. */
function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host})`);
  }
}

/**
 * For tests of the app's server-only data layer: a database loaded with the sample articles, which the
 * app's own client (lib/data/client, configured from DATABASE_URL on first use) reads. Call at the top of a file.
 */
export function withSampleDatabase(): { current: () => TestDatabase } {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadFiles(t.database, listInputFiles([path.resolve(import.meta.dirname, "..", "..", "data", "samples")]));
    process.env.DATABASE_URL = t.url;
  });
  afterAll(async () => {
    const { database } = await import("../../lib/data/client");
    await database().close();
    await t?.drop();
  });
  return { current: () => t! };
}
