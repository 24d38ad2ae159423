// `npm start`: database up, migrated, samples loaded when empty, app built if needed, served until Ctrl-C.
// `npm run dev` (--dev): the same database steps, then `next dev` with hot reload instead of the production build.
import path from "node:path";
import { connect } from "../lib/data/client";
import { findFreePort, isPortFree } from "../lib/net/ports";
import { listInputFiles } from "../lib/load/read-inputs";
import { groupPending, loadFiles } from "../lib/load/load";
import { reindexSearch } from "../lib/data/write/reindex-search";
import { editorToken, editorTokenNotice } from "./lib/editor-token";
import { ensureNextBuild } from "./lib/next-build";
import { startNextServer, type RunningServer } from "./lib/next-server";
import { DATA_ROOT, openProductDatabase, ROOT } from "./lib/product-database";
import { forgetServer, recordServer, stopStaleServer } from "./lib/stale-server";
import fs from "node:fs";
import type { OpenDatabase } from "../lib/data/server/open";

const log = (line: string) => console.log(`• ${line}`);
const SAMPLES = path.join(ROOT, "data", "samples");
const SERVER_PID_FILE = path.join(DATA_ROOT, "server.pid");
const DEV = process.argv.includes("--dev");

/** A refusal the user can act on: one line, Arabic then English, and a non-zero exit. */
class Refusal extends Error {}

/** Writes and removes a probe file: permission bits alone do not tell (root ignores them). */
function assertDataFolderWritable(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new Refusal(`مجلد البيانات ${dir} غير قابل للكتابة — The data folder ${dir} is not writable (${code}). Fix its permissions or choose another with DATA_DIR=…`);
  }
}

async function choosePort(): Promise<number> {
  const requested = process.env.PORT;
  if (requested) {
    const port = Number(requested);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got "${requested}"`);
    if (!(await isPortFree(port))) throw new Refusal(`المنفذ ${port} مستخدم — Port ${port} is already in use. Stop what uses it or choose another with PORT=…`);
    return port;
  }
  const port = await findFreePort(3000);
  if (port !== 3000) log(`Port 3000 is in use; using ${port} instead`);
  return port;
}

async function loadSamplesIfEmpty(url: string): Promise<void> {
  const db = connect(url, 2);
  try {
    if ((await db.prisma.article.count()) > 0) {
      // Rows loaded before search existed have no search text yet (the migration cannot stem in SQL).
      const n = await reindexSearch(db);
      if (n > 0) log(`Search index: ${n} articles indexed`);
      // Articles an interrupted load left in no event are grouped now.
      if ((await groupPending(db)) !== "none") log("Events: articles left in no event by an interrupted load are grouped");
      return;
    }
    const files = listInputFiles([SAMPLES]);
    log(`The database is empty: loading the ${files.length} sample articles`);
    const { counts } = await loadFiles(db, files);
    log(`Samples: ${counts.loaded} loaded, ${counts.failed} failed`);
  } finally {
    await db.close();
  }
}

let database: OpenDatabase | undefined;
let server: RunningServer | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server?.stop();
    forgetServer(SERVER_PID_FILE);
    await database?.close();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const started = Date.now();
  assertDataFolderWritable(DATA_ROOT);
  // Before choosing a port: a server left by a SIGKILLed start may hold the one we want.
  await stopStaleServer(SERVER_PID_FILE, log);
  const port = await choosePort();
  const host = process.env.HOST ?? "127.0.0.1";
  database = await openProductDatabase(log);
  await loadSamplesIfEmpty(database.url);
  if (DEV) log("Starting the development server (next dev: hot reload; each page compiles on its first visit)…");
  else ensureNextBuild(ROOT, log);
  const editor = editorToken(DATA_ROOT);
  server = await startNextServer({ root: ROOT, port, host, dev: DEV, env: { DATABASE_URL: database.url, EDITOR_TOKEN: editor.token } });
  recordServer(SERVER_PID_FILE, server.child.pid!);
  server.child.once("exit", (code) => {
    if (!stopping) {
      console.error(`✗ The web server stopped unexpectedly (exit ${code}).`);
      void shutdown(1);
    }
  });
  console.log(
    `\n✓ Syria Talks Reader${DEV ? " (development, hot reload)" : ""} is running at ${server.url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl-C stops it)`,
  );
  console.log(`  ${editorTokenNotice(`${server.url}/editor/upload`, editor.file, ROOT)}\n`);
} catch (e) {
  console.error(e instanceof Refusal ? `✗ ${e.message}` : `\n✗ ${e instanceof Error ? e.message : String(e)}`);
  await shutdown(1);
}
