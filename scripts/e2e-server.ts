// The app under end-to-end test: a throwaway database with the samples, and the production build.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { connect } from "../lib/data/client";
import { dropDatabase, ensureDatabase } from "../lib/data/server/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/data/server/embedded";
import { applyMigrations } from "../lib/data/schema/migrate";
import { listInputFiles } from "../lib/load/read-inputs";
import { loadFiles } from "../lib/load/load";
import { ensureNextBuild } from "./lib/next-build";
import { startNextServer, type RunningServer } from "./lib/next-server";
import { ROOT } from "./lib/product-database";

const log = (line: string) => console.error(`[e2e-server] ${line}`);
/** Known to the browser tests (e2e/editor.ts); this server only ever serves a throwaway database. */
const E2E_EDITOR_TOKEN = "e2e-editor-token-not-secret";
/**
 * Low enough for e2e/security-rate-limit.spec.ts to reach in a few requests, high enough for every other
 * spec's own calls from 127.0.0.1 (the limit tests use their own X-Forwarded-For address as their key).
 */
const E2E_RATE_LIMITS = { RATE_LIMIT_API: "60", RATE_LIMIT_EDITOR: "20" };
/**
 * The specs stand in for a reverse proxy: each names its client in X-Forwarded-For so that budgets do not
 * mix. Without TRUST_PROXY the server ignores the header (tests/faults/request-guards.test.ts).
 */
const E2E_PROXY = { TRUST_PROXY: "1" };
const port = Number(process.env.E2E_PORT ?? 3100);
const name = `e2e_${randomBytes(5).toString("hex")}`;
let embedded: EmbeddedServer | undefined;
let server: RunningServer | undefined;
let adminUrl: string;
const dataDir = path.join(ROOT, ".tmp", `e2e-pg-${process.pid}`);

async function shutdown(code: number): Promise<never> {
  await server?.stop();
  await dropDatabase(adminUrl, name).catch(() => {});
  if (embedded) {
    await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(code);
}
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

try {
  if (process.env.TEST_ADMIN_DATABASE_URL) adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  else {
    embedded = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    adminUrl = embedded.adminUrl;
  }
  const url = await ensureDatabase(adminUrl, name);
  await applyMigrations(url);
  const db = connect(url, 2);
  const { counts } = await loadFiles(db, listInputFiles([path.join(ROOT, "data", "samples")]));
  await db.close();
  log(`database ${name}: ${counts.loaded} samples loaded, ${counts.failed} failed`);
  ensureNextBuild(ROOT, log);
  server = await startNextServer({
    root: ROOT,
    port,
    host: "127.0.0.1",
    env: { DATABASE_URL: url, EDITOR_TOKEN: E2E_EDITOR_TOKEN, ...E2E_RATE_LIMITS, ...E2E_PROXY },
    quiet: true,
  });
  log(`serving ${server.url}`);
} catch (e) {
  log(`failed: ${e instanceof Error ? e.stack : String(e)}`);
  await shutdown(1);
}
