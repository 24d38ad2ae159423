// applyMigrations keeps Prisma's bookkeeping: Prisma's own engine (wasm build of the one behind
// `prisma migrate deploy/status`) must agree with it in both directions, on a real PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/helpers/db";
import { applyMigrations } from "./migrate";
import { readMigrations } from "./migrations-dir";
import { prismaMigrateDeploy, prismaMigrationStatus } from "./schema-engine";

const databases: TestDatabase[] = [];
async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase({ migrate: false });
  databases.push(database);
  return database.url;
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});

describe("compatibility with prisma migrate", () => {
  const names = readMigrations().map((m) => m.name);

  it("Prisma sees a database migrated by applyMigrations as up to date and untouched", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);

    const status = await prismaMigrationStatus(url);
    expect(status).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [], hasMigrationsTable: true });
    expect(await prismaMigrateDeploy(url)).toEqual([]);
  });

  it("applyMigrations sees a database migrated by Prisma as up to date", async () => {
    const url = await freshDatabase();
    expect(await prismaMigrateDeploy(url)).toEqual(names);

    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });
});
