// The start command refuses clearly (one line, Arabic and English, non-zero exit) when the port is taken
// or the data folder cannot be written, and recovers what a killed earlier start left running: its
// PostgreSQL server and its web server (own process group, pid recorded in the data folder).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../lib/data/server/embedded";
import { findFreePort } from "../../lib/net/ports";
import { recordServer, stopStaleServer } from "../../scripts/lib/stale-server";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "start-command-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "start-app.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: r.status, stderr: r.stderr, lines: r.stderr.trim().split("\n") };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

describe("start command refusals", () => {
  it("refuses a port that is taken", async () => {
    const port = await findFreePort(4400 + (process.pid % 1000));
    const holder = net.createServer().listen(port, "127.0.0.1");
    await new Promise((r) => holder.once("listening", r));
    try {
      const r = start({ PORT: String(port), DATA_DIR: path.join(tmp, "data-port") });
      expect(r.code).not.toBe(0);
      const line = r.lines.find((l) => l.startsWith("✗"))!;
      expect(line).toContain(`Port ${port} is already in use`);
      expect(line).toMatch(/المنفذ .* مستخدم/);
    } finally {
      holder.close();
    }
  });

  it("refuses a data folder it cannot write", () => {
    const file = path.join(tmp, "a-file");
    fs.writeFileSync(file, "");
    const r = start({ DATA_DIR: path.join(file, "data") });
    expect(r.code).not.toBe(0);
    const line = r.lines.find((l) => l.startsWith("✗"))!;
    expect(line).toContain("is not writable");
    expect(line).toContain("غير قابل للكتابة");
  });

  it.skipIf(process.getuid?.() === 0)("refuses a read-only data folder", () => {
    const dir = path.join(tmp, "read-only");
    fs.mkdirSync(dir, { mode: 0o555 });
    const r = start({ DATA_DIR: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("is not writable");
  });
});

describe("recovery from a killed start", () => {
  it("stops a web server left running in its own process group", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { detached: true, stdio: "ignore" });
    const file = path.join(tmp, "server.pid");
    recordServer(file, child.pid!);
    const exited = new Promise((r) => child.once("exit", r));
    expect(await stopStaleServer(file, () => {})).toBe(true);
    await exited;
    expect(fs.existsSync(file)).toBe(false);
  });

  it("never signals a process that merely reuses a recorded pid", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    const file = path.join(tmp, "reused.pid");
    fs.writeFileSync(file, `${child.pid}\n1\n`); // same pid, another start time
    expect(await stopStaleServer(file, () => {})).toBe(false);
    expect(alive(child.pid!)).toBe(true);
    child.kill();
  });

  it("stops a database left running by a SIGKILLed start and starts its own", async () => {
    // Under the project's .tmp: as root, PostgreSQL runs as another user that cannot enter a private temp dir.
    const dataDir = path.join(ROOT, ".tmp", `leftover-pg-${process.pid}`);
    const script = `import(${JSON.stringify(path.join(ROOT, "lib", "data", "server", "embedded.ts"))}).then((m) => m.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, ephemeral: true })).then((s) => console.log("ready", s.port))`;
    const owner = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      owner.stdout.on("data", (d) => String(d).includes("ready") && resolve());
      owner.once("exit", () => reject(new Error("the first start exited")));
    });
    const leftover = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const exited = new Promise((r) => owner.once("exit", r));
    owner.kill("SIGKILL");
    await exited;
    expect(alive(leftover)).toBe(true); // what a killed start leaves behind

    const lines: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, ephemeral: true, log: (l) => lines.push(l) });
    try {
      expect(alive(leftover)).toBe(false);
      expect(lines.join("\n")).toContain("left running");
      expect(server.shared).toBe(false);
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("the editors' token at start", () => {
  /** `npm start` (its script) on a data folder of its own, until it says it is running; then Ctrl-C. */
  async function startUntilRunning(env: Record<string, string>): Promise<string> {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "start-app.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", EDITOR_TOKEN: "", PORT: String(await findFreePort(4700 + (process.pid % 500))), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    try {
      const deadline = Date.now() + 240_000;
      while (!/Editors upload articles[^\n]*\n/.test(output) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    } finally {
      child.kill("SIGINT"); // the start command stops its web server and its database
      await exited;
    }
    expect(output).toContain("is running at");
    return output;
  }

  it("prints where the generated token is kept and how to read it, never the token", async () => {
    // Under the project's .tmp: as root, PostgreSQL runs as another user that cannot enter a private temp dir.
    const dataRoot = path.join(ROOT, ".tmp", `start-token-${process.pid}`);
    fs.rmSync(dataRoot, { recursive: true, force: true });
    try {
      const output = await startUntilRunning({ DATA_DIR: dataRoot });
      const file = path.join(dataRoot, "editor-token");
      const token = fs.readFileSync(file, "utf8").trim();
      expect(token.length).toBeGreaterThanOrEqual(16);
      expect(output).not.toContain(token);
      const line = output.split("\n").find((l) => l.includes("Editors upload articles"))!;
      expect(line).toContain(path.relative(ROOT, file));
      expect(line).toContain(`cat ${path.relative(ROOT, file)}`);
    } finally {
      fs.rmSync(dataRoot, { recursive: true, force: true });
    }
  }, 300_000);
});
