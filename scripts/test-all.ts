// `npm test`: the static checks (layering, then ESLint), unit tests (vitest) and browser tests (Playwright) on one
// throwaway PostgreSQL, then one plain summary line "N passed, N failed" for CI. A check that finds a
// problem counts as one failed test, so the suite fails; the tests still run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/data/server/embedded";
import { findFreePort } from "../lib/net/ports";
import { chromiumPath } from "./lib/chromium";
import { ensureNextBuild } from "./lib/next-build";
import { ROOT } from "./lib/product-database";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const tmp = path.join(ROOT, ".tmp");
const log = (line: string) => console.log(`• ${line}`);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function run(cmd: string, args: string[], env: Record<string, string>): number {
  return spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function unitTests(env: Record<string, string>): Counts {
  const out = path.join(tmp, "vitest-results.json");
  fs.rmSync(out, { force: true });
  const status = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], env);
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(out);
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  const failed = r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  return { passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests };
}

function browserTests(env: Record<string, string>): Counts {
  const out = path.join(tmp, "playwright-results.json");
  fs.rmSync(out, { force: true });
  const status = run(bin("playwright"), ["test"], env);
  const r = readJson<{ stats?: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out);
  if (!r?.stats) return { passed: 0, failed: 1, skipped: 0 };
  const failed = r.stats.unexpected + (status !== 0 && r.stats.unexpected === 0 ? 1 : 0);
  return { passed: r.stats.expected + r.stats.flaky, failed, skipped: r.stats.skipped };
}

/** A static check run through npm (its own output explains any failure): 1 failed when it is not clean. */
function check(script: string): Counts {
  const status = run("npm", ["run", "--silent", script], {});
  return { passed: 0, failed: status === 0 ? 0 : 1, skipped: 0 };
}

const started = Date.now();
// `npm run lint` is these two, run apart so that each failure is named (and counted) once.
const CHECKS = ["lint:layers", "lint:eslint"] as const;
const checks = new Map<string, Counts>();
for (const script of CHECKS) {
  log(`Static check: npm run ${script}`);
  checks.set(script, check(script));
}

fs.mkdirSync(tmp, { recursive: true });
const dataDir = path.join(tmp, `test-pg-${process.pid}`);
fs.rmSync(dataDir, { recursive: true, force: true });
const pg = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: await findFreePort(55500) });
let unit: Counts = { passed: 0, failed: 1, skipped: 0 };
let e2e: Counts = { passed: 0, failed: 1, skipped: 0 };
try {
  const env = { TEST_ADMIN_DATABASE_URL: pg.adminUrl, NEXT_TELEMETRY_DISABLED: "1" };
  log("Unit and database tests (vitest)");
  unit = unitTests(env);
  log("Production build for the browser tests");
  ensureNextBuild(ROOT, log);
  log("Browser tests (Playwright, Chromium from npm)");
  e2e = browserTests({ ...env, CHROMIUM_PATH: await chromiumPath(), E2E_PORT: String(await findFreePort(3100)) });
} catch (e) {
  console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
} finally {
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const line = (c: Counts) => `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`;
console.log(`\nchecks: ${[...checks].map(([name, c]) => `${name} ${c.failed ? "FAILED" : "clean"}`).join(", ")}`);
console.log(`unit: ${line(unit)}`);
console.log(`e2e: ${line(e2e)}`);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
const checkFailures = [...checks.values()].reduce((n, c) => n + c.failed, 0);
const total = { passed: unit.passed + e2e.passed, failed: unit.failed + e2e.failed + checkFailures, skipped: unit.skipped + e2e.skipped };
console.log(line(total));
process.exit(total.failed > 0 ? 1 : 0);
