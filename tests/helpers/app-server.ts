// The production app as `npm start` serves it (scripts/lib/serve.mjs), on its own embedded PostgreSQL
// loaded with the samples, for tests that need the real web server in front of Next.js: its request logs
// (LOG_FORMAT=json), its answers while the database is away, what it does with hostile requests.
import fs from "node:fs";
import path from "node:path";
import { connect } from "../../lib/data/client";
import { ensureDatabase } from "../../lib/data/server/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/data/server/embedded";
import { applyMigrations } from "../../lib/data/schema/migrate";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { findFreePort } from "../../lib/net/ports";
import { ensureNextBuild } from "../../scripts/lib/next-build";
import { startNextServer, type RunningServer } from "../../scripts/lib/next-server";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface AppServer {
  url: string;
  databaseUrl: string;
  pg: EmbeddedServer;
  dataDir: string;
  /** Everything the web server wrote to stdout and stderr so far. */
  output(): string;
  /** The JSON lines among it (LOG_FORMAT=json). */
  logLines(): Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** `name` keeps the data folders of parallel test files apart; `env` is the app's environment. */
export async function startAppServer(name: string, env: Record<string, string> = {}): Promise<AppServer> {
  const dataDir = path.join(ROOT, ".tmp", `${name}-pg-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: await findFreePort(56000 + (process.pid % 1000)) });
  const databaseUrl = await ensureDatabase(pg.adminUrl, name.replace(/\W/g, "_"));
  await applyMigrations(databaseUrl);
  const db = connect(databaseUrl, 2);
  await loadFiles(db, listInputFiles([path.join(ROOT, "data", "samples")]));
  await db.close();
  ensureNextBuild(ROOT, () => {});
  let output = "";
  let server: RunningServer;
  try {
    server = await startNextServer({
      root: ROOT,
      port: await findFreePort(4000 + (process.pid % 2000)),
      host: "127.0.0.1",
      env: { DATABASE_URL: databaseUrl, LOG_FORMAT: "json", ...env },
      onOutput: (chunk) => (output += chunk),
    });
  } catch (e) {
    await pg.stop();
    throw e;
  }
  return {
    url: server.url,
    databaseUrl,
    pg,
    dataDir,
    output: () => output,
    logLines: () =>
      output
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    stop: async () => {
      await server.stop();
      await pg.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The headers every response must carry (README, Security). Returns what is missing or wrong. */
export function missingSecurityHeaders(h: Headers): string[] {
  const problems: string[] = [];
  const csp = h.get("content-security-policy") ?? "";
  if (!csp.includes("frame-ancestors 'none'")) problems.push(`content-security-policy: ${csp || "(none)"}`);
  if (h.get("x-content-type-options") !== "nosniff") problems.push("x-content-type-options");
  if (h.get("x-frame-options") !== "DENY") problems.push("x-frame-options");
  if (h.get("referrer-policy") !== "strict-origin-when-cross-origin") problems.push("referrer-policy");
  if (!(h.get("permissions-policy") ?? "").includes("camera=()")) problems.push("permissions-policy");
  return problems;
}
