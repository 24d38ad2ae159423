// schema.prisma and prisma/migrations must describe the same database: a change to the schema
// needs a migration (`npm run db:new-migration -- <name>`). Uses Prisma's wasm schema engine
// against the real PostgreSQL of tests/setup/global-db.ts (scratch and shadow databases on it).
import fs from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { diffSchemaAgainstMigrations } from "./schema-engine";

describe("schema drift", () => {
  const databaseUrl = inject("adminDatabaseUrl");

  it("the committed migrations produce exactly the committed schema", async () => {
    const sql = await diffSchemaAgainstMigrations({ databaseUrl });
    expect(sql, `schema.prisma has changes without a migration:\n${sql}`).toBe("");
  });

  it("notices a model that no migration creates", async () => {
    const schema = `${fs.readFileSync("prisma/schema.prisma", "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`;
    const sql = await diffSchemaAgainstMigrations({ databaseUrl, schema });
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });
});
