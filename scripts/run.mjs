// `node scripts/run.mjs <script.ts> [args]`: bootstrap, then run a TypeScript entry point with tsx.
// Signals are forwarded so the script can shut its servers down cleanly.
import { spawn } from "node:child_process";
import path from "node:path";
import { bootstrap, root } from "./bootstrap.mjs";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/run.mjs <script.ts> [args]");
  process.exit(2);
}
bootstrap();

// react-server makes the `server-only` guard of lib/data resolve to its no-op build outside Next.js.
const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.resolve(root, script), ...args], { cwd: root, stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
// npm exits on SIGTERM without passing it on; when our parent is gone, stop the child the same way.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill("SIGTERM");
}, 500).unref();
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
