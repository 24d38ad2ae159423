// Runs the production server (scripts/lib/serve.mjs: Next.js's handler behind request logs and a
// database-availability check), or `next dev` with hot reload for `npm run dev`, in its own process group
// so stopping it stops every process it forked.
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
  /** Pipe the server's stdout and stderr to this callback (tests read the JSON request logs). */
  onOutput?: (chunk: string) => void;
  /** `next dev`: compiles on request and reloads on every change (no production build needed). */
  dev?: boolean;
}): Promise<RunningServer> {
  const [command, args] = opts.dev
    ? [path.join(opts.root, "node_modules", ".bin", "next"), ["dev", "--port", String(opts.port), "--hostname", opts.host]]
    : [process.execPath, [path.join(opts.root, "scripts", "lib", "serve.mjs")]];
  const child = spawn(command, args, {
    cwd: opts.root,
    detached: true,
    stdio: opts.onOutput ? ["ignore", "pipe", "pipe"] : opts.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...opts.env, PORT: String(opts.port), HOST: opts.host, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: opts.dev ? "development" : "production" },
  });
  if (opts.onOutput) {
    child.stdout?.setEncoding("utf8").on("data", opts.onOutput);
    child.stderr?.setEncoding("utf8").on("data", opts.onOutput);
  }
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
  // The development server compiles each route on its first request: give it longer.
  await waitUntilAnswering(`${url}/api/health`, child, opts.dev ? 180_000 : 60_000);
  return { url, child, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.status < 500 || res.status === 503) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s`);
}
