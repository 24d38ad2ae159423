// One real PostgreSQL for the whole unit-test run; each test file makes its own database on it.
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/data/server/embedded";
import { findFreePort } from "../../lib/net/ports";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_ADMIN_DATABASE_URL;
  if (given) {
    project.provide("adminDatabaseUrl", given);
    return;
  }
  const dataDir = path.resolve(".tmp", `vitest-pg-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: await findFreePort(55400) });
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
