// Builds the production app only when its inputs changed, so a second `npm start` takes seconds.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "public", "next.config.js", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function hashInputs(root: string): string {
  const hash = createHash("sha256");
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) if (!SKIP.has(name)) visit(path.join(rel, name));
    } else if (!rel.endsWith(".test.ts")) {
      hash.update(rel).update("\0").update(fs.readFileSync(abs));
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

export function ensureNextBuild(root: string, log: (line: string) => void): void {
  const stampFile = path.join(root, ".next", "BUILD_INPUTS_SHA256");
  const want = hashInputs(root);
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === want) {
    log("The production build is up to date");
    return;
  }
  log("Building the app (next build, about half a minute)…");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
  fs.writeFileSync(stampFile, want);
}
