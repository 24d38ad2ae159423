// A throwaway, migrated database per test file, on the real PostgreSQL started by tests/setup/global-db.ts.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { connect } from "../../lib/db/client";
import { dropDatabase, ensureDatabase } from "../../lib/db/database";
import { applyMigrations } from "../../lib/db/migrate";
import type { Database } from "../../lib/db/client";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export interface TestDatabase {
  url: string;
  name: string;
  /** Prisma client on the test database. */
  db: PrismaClient;
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
