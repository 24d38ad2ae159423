// Runs `next start` in its own process group so stopping it stops every process it forked.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startNextServer(opts: {
  root: string;
  port: number;
  host: string;
  env: Record<string, string>;
  quiet?: boolean;
}): Promise<RunningServer> {
  const child = spawn(path.join(opts.root, "node_modules", ".bin", "next"), ["start", "-p", String(opts.port), "-H", opts.host], {
    cwd: opts.root,
    detached: true,
    stdio: opts.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...opts.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  const url = `http://${opts.host === "0.0.0.0" ? "localhost" : opts.host}:${opts.port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timeout = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    }, 5000);
    await exited;
    clearTimeout(timeout);
  };
  await waitUntilAnswering(`${url}/api/health`, child);
  return { url, child, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.status < 500 || res.status === 503) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app did not answer at ${url} within 60 s`);
}
