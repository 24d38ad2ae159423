// `npm run ingest -- --dry-run --json DIR | cat` once lost records: the process exited before its piped
// standard output drained (17 of 91 printed). Every input must come through a pipe as one JSON record.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GOLDEN_DIR, caseInputFile, listCases } from "../scripts/golden/harness";

const ROOT = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(ROOT, ".tmp", "pipe-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** About forty inputs: every golden case's input and the samples, each under its own name. */
function copyInputs(): string[] {
  const names: string[] = [];
  for (const c of listCases()) {
    const file = caseInputFile(path.join(GOLDEN_DIR, c));
    if (!file) continue;
    const name = `${c}${path.extname(file)}`;
    fs.copyFileSync(path.join(GOLDEN_DIR, c, file), path.join(dir, name));
    names.push(name);
  }
  for (const f of fs.readdirSync(path.join(ROOT, "data", "samples")).filter((f) => f.endsWith(".txt"))) {
    fs.copyFileSync(path.join(ROOT, "data", "samples", f), path.join(dir, `sample-${f}`));
    names.push(`sample-${f}`);
  }
  return names.sort();
}

describe("ingest --dry-run --json through a pipe", () => {
  const names = copyInputs();
  const ingest = [process.execPath, "--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "ingest.ts"), "--dry-run", "--json", dir];
  const run = spawnSync("sh", ["-c", `${ingest.map((a) => `'${a}'`).join(" ")} | cat`], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

  it("has enough inputs to fill the pipe", () => expect(names.length).toBeGreaterThanOrEqual(40));

  it("prints one complete JSON record per input", () => {
    const lines = run.stdout.split("\n").filter((l) => l.trim() !== "");
    const records = lines.map((l) => JSON.parse(l) as { file: string });
    expect(records.map((r) => r.file).sort()).toEqual(names);
  });
});
