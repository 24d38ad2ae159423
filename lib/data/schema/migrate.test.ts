// applyMigrations against a real PostgreSQL (tests/setup/global-db.ts); every test gets a fresh database.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/helpers/db";
import { applyMigrations } from "./migrate";
import { defaultMigrationsDir, readMigrations } from "./migrations-dir";

const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase({ migrate: false });
  databases.push(database);
  return database.url;
}

/** A copy of the real migrations folder plus extra migrations, so tests can edit files freely. */
function migrationsCopy(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  tempDirs.push(dir);
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}
const trackingRows = (url: string) =>
  query<Row>(url, "SELECT * FROM _prisma_migrations ORDER BY migration_name");

afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  const committed = readMigrations();

  it("creates every table on a fresh database and records each migration as Prisma does", async () => {
    expect(committed.length).toBeGreaterThan(0);
    const url = await freshDatabase();

    const { applied } = await applyMigrations(url);

    expect(applied).toEqual(committed.map((m) => m.name));
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    const models = [...fs.readFileSync(path.resolve("prisma", "schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
    expect(models.length).toBeGreaterThan(0);
    expect(tables.map((t) => t.table_name)).toEqual([...models, "_prisma_migrations"].sort());
    const rows = await trackingRows(url);
    expect(rows.map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
    for (const row of rows) {
      const file = fs.readFileSync(path.join(defaultMigrationsDir(), row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("does nothing the second time", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const before = await trackingRows(url);

    expect(await applyMigrations(url)).toEqual({ applied: [] });
    expect(await trackingRows(url)).toEqual(before);
  });

  it("applies only the migrations added since the last run", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const dir = migrationsCopy({ "20990101000000_add_note": 'CREATE TABLE "Note" (id INTEGER PRIMARY KEY);' });

    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: ["20990101000000_add_note"] });
  });

  it("refuses when an applied migration was edited, but accepts changed line endings", async () => {
    const dir = migrationsCopy();
    const url = await freshDatabase();
    await applyMigrations(url, { migrationsDir: dir });
    const file = path.join(dir, committed[0]!.name, "migration.sql");
    const original = fs.readFileSync(file, "utf8");

    fs.writeFileSync(file, original.replace(/\n/g, "\r\n"));
    await expect(applyMigrations(url, { migrationsDir: dir })).resolves.toEqual({ applied: [] });

    fs.writeFileSync(file, `${original}\n-- edited after it was applied\n`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const broken = "20990101000000_broken";
    const dir = migrationsCopy({ [broken]: 'CREATE TABLE "Half" (id INTEGER);\nSELECT * FROM "NoSuchTable";\n' });
    const url = await freshDatabase();

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      new RegExp(`${broken} failed and was rolled back: .*NoSuchTable`),
    );

    const half = await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'");
    expect(half).toHaveLength(0);
    const rows = await trackingRows(url);
    expect(rows.map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    // Once fixed, the same migration applies normally.
    fs.writeFileSync(path.join(dir, broken, "migration.sql"), 'CREATE TABLE "Half" (id INTEGER);\n');
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: [broken] });
  });

  it("commits a migration together with its tracking row or not at all", async () => {
    // The script itself succeeds, but makes recording it fail: nothing of it may remain.
    const sneaky = "20990101000000_sneaky";
    const dir = migrationsCopy({
      [sneaky]: 'CREATE TABLE "Half" (id INTEGER);\nALTER TABLE _prisma_migrations ADD CONSTRAINT no_more CHECK (false) NOT VALID;\n',
    });
    const url = await freshDatabase();

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/sneaky failed and was rolled back/);

    expect(await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'")).toHaveLength(0);
    expect((await trackingRows(url)).map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
  });

  it("refuses to run while a migration is recorded as failed (Prisma's own failed state)", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', $1, '20990101000000_crashed', 'boom', 0)`,
      ["0".repeat(64)],
    );

    await expect(applyMigrations(url)).rejects.toThrow(/20990101000000_crashed is recorded as failed/);
  });

  it("lets concurrent callers all succeed while each migration runs exactly once", async () => {
    const dir = migrationsCopy({
      "20990101000000_second": 'CREATE TABLE "Second" (id INTEGER PRIMARY KEY);',
      "20990102000000_third": 'CREATE TABLE "Third" (id INTEGER PRIMARY KEY);',
    });
    const url = await freshDatabase();
    const names = readMigrations(dir).map((m) => m.name);

    const results = await Promise.all(Array.from({ length: 5 }, () => applyMigrations(url, { migrationsDir: dir })));

    expect(results.flatMap((r) => r.applied).sort()).toEqual(names);
    expect((await trackingRows(url)).map((r) => r.migration_name)).toEqual(names);
  });
});
