// Runs before anything is installed, so it uses Node built-ins only.
// Makes a fresh clone ready: dependencies installed, Prisma client generated.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function run(cmd, args, extraEnv = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function sha256(file) {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** npm ci when node_modules is missing or older than the lockfile. */
function ensureDependencies() {
  const installed = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log("• Installing dependencies (npm ci, about half a minute)…");
  run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
}

/** prisma generate when the generated client is missing or older than the schema. */
function ensurePrismaClient() {
  const schema = path.join(root, "prisma", "schema.prisma");
  const stamp = path.join(root, "lib", "generated", "prisma", ".schema-sha256");
  const want = sha256(schema);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want) return;
  console.log("• Generating the Prisma client…");
  // generate needs no schema engine, but the CLI insists on one existing; /bin/false never fakes success.
  run(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" });
  fs.writeFileSync(stamp, want);
}

export function bootstrap() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  ensureDependencies();
  ensurePrismaClient();
}

// `node scripts/bootstrap.mjs`: only that (npm run lint:layers and typecheck need the generated client).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) bootstrap();
