// The layering check itself (npm run lint:layers, .dependency-cruiser.cjs) run on a tiny throwaway tree:
// it must report each kind of forbidden import, and stay silent on a tree that keeps the rules, so a
// broken configuration cannot pass the real tree by reporting nothing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const CONFIG = path.join(ROOT, ".dependency-cruiser.cjs");
const DEPCRUISE = path.join(ROOT, "node_modules", ".bin", "depcruise");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Writes the files into a fresh folder and returns the rule names dependency-cruiser reports there. */
function violations(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "layers-"));
  dirs.push(dir);
  const all = { "tsconfig.json": JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "@/*": ["./*"] } } }), ...files };
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const roots = [...new Set(Object.keys(files).map((f) => f.split("/")[0]!))].filter((r) => r !== "node_modules");
  const r = spawnSync(DEPCRUISE, ["--config", CONFIG, "--output-type", "json", ...roots], { cwd: dir, encoding: "utf8" });
  if (!r.stdout) throw new Error(`depcruise gave no output: ${r.stderr}`);
  const result = JSON.parse(r.stdout) as { summary: { violations: Array<{ rule: { name: string } }> } };
  return [...new Set(result.summary.violations.map((v) => v.rule.name))].sort();
}

describe("the layering check (.dependency-cruiser.cjs)", () => {
  it("passes a tree whose imports only go down", () => {
    expect(
      violations({
        "lib/arabic/words.ts": `export const words = (s: string) => s.split(" ");\n`,
        "lib/extract/title.ts": `import { words } from "../arabic/words";\nexport const title = (s: string) => words(s)[0];\n`,
        "lib/data/read.ts": `import { title } from "../extract/title";\nexport const read = () => title("a b");\n`,
        "app/page.tsx": `import { read } from "@/lib/data/read";\nexport default function Page() { return read(); }\n`,
      }),
    ).toEqual([]);
  });

  it("reports an upward import (lib/arabic importing the data layer)", () => {
    expect(
      violations({
        "lib/arabic/words.ts": `import { read } from "../data/read";\nexport const words = () => read();\n`,
        "lib/data/read.ts": `export const read = () => "x";\n`,
      }),
    ).toEqual(["t1-arabic-enums-env-log-net-import-only-t0"]);
  });

  it("reports domain folders importing each other, cycles, components importing app/ and scripts importing tests", () => {
    expect(
      violations({
        "lib/compare/align.ts": `import { stem } from "../search/stem";\nexport const align = () => stem();\n`,
        "lib/search/stem.ts": `export const stem = () => "x";\n`,
        "lib/events/a.ts": `import { b } from "./b";\nexport const a = () => b;\n`,
        "lib/events/b.ts": `import { a } from "./a";\nexport const b = () => a;\n`,
        "components/form.tsx": `import { save } from "@/app/actions";\nexport const Form = () => save;\n`,
        "app/actions.ts": `export const save = () => 1;\n`,
        "scripts/bench.ts": `import { cases } from "../tests/cases";\nexport const n = cases.length;\n`,
        "tests/cases.ts": `export const cases = [1];\n`,
      }),
    ).toEqual(["components-not-to-app", "no-circular", "scripts-not-to-tests-app-components", "t4-domain-folders-are-independent"]);
  });

  it("reports the database driver outside lib/data and a lib folder that has no tier", () => {
    expect(
      violations({
        "node_modules/pg/package.json": JSON.stringify({ name: "pg", main: "index.js" }),
        "node_modules/pg/index.js": "module.exports = {};\n",
        "scripts/report.ts": `import pg from "pg";\nexport const p = pg;\n`,
        "lib/misc/thing.ts": `import { words } from "../arabic/words";\nexport const thing = words;\n`,
        "lib/arabic/words.ts": `export const words = 1;\n`,
      }),
    ).toEqual(["database-drivers-only-in-lib-data", "lib-folder-has-a-tier"]);
  });
});
