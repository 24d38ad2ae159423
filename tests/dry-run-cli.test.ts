// The machine-readable dry run, through the real command line, against the hand-checked gold.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const gold = JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "seed-gold.json"), "utf8"));
const squash = (s: string | null) =>
  s === null
    ? null
    : s
        .replace(/\u00A0/g, " ")
        .replace(/\s+/g, " ")
        .trim();

/** One line of the dry run as these tests read it (lib/load/dry-run-json.ts). */
interface DryRunLine {
  file: string;
  ok: boolean;
  title: string;
  outlet: { nameAr: string } | null;
  dateline: { city: string | null; agency: string | null } | null;
  caption: string | null;
  publishedAt: string | null;
  dateBasis: string;
  dateEvidence: string | null;
  people: Array<{ id: string; asWritten: string }>;
  body: string;
  event: string | null;
}

/** Runs the CLI; it exits 1 when any file failed, and still prints every file's line. */
function dryRun(...paths: string[]): DryRunLine[] & { status: number | null } {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "ingest.ts"), "--dry-run", "--json", ...paths], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const lines = run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as DryRunLine);
  return Object.assign(lines, { status: run.status });
}

describe("npm run ingest -- --dry-run --json", () => {
  const results = dryRun(path.join(ROOT, "data", "samples"));
  it("exits 0 when every file was read", () => expect(results.status).toBe(0));
  const byFile = new Map(results.map((r) => [r.file, r]));

  it("prints one JSON object per input file", () => {
    expect(results.map((r) => r.file).sort()).toEqual(gold.articles.map((a: { file: string }) => a.file).sort());
  });

  for (const g of gold.articles) {
    it(`matches the gold for ${g.file}`, () => {
      const r = byFile.get(g.file)!;
      expect(r.ok).toBe(true);
      expect(squash(r.title)).toBe(squash(g.title));
      expect(r.outlet?.nameAr).toBe(g.outlet.nameAr);
      expect(r.dateline ?? { city: null, agency: null }).toEqual(g.dateline);
      expect(squash(r.caption)).toBe(squash(g.caption));
      expect([r.publishedAt, r.dateBasis]).toEqual([g.date, g.date_basis]);
      expect(r.dateEvidence).toBeTruthy();
      expect(r.people.map((p) => [p.id, squash(p.asWritten)]).sort()).toEqual(g.people.map((p: { id: string; as_written: string }) => [p.id, squash(p.as_written)]).sort());
      const body = squash(r.body)!;
      expect(body.startsWith(squash(g.body_first_sentence)!)).toBe(true);
      expect(body.endsWith(squash(g.body_last_sentence)!)).toBe(true);
      for (const sub of g.subheadings) expect(r.body.split("\n\n")).toContain(sub);
    });
  }

  it("groups the inputs into the gold's events", () => {
    for (const a of gold.articles) {
      for (const b of gold.articles) {
        if (a.file < b.file) expect(byFile.get(a.file)!.event === byFile.get(b.file)!.event, `${a.file} ~ ${b.file}`).toBe(a.event === b.event);
      }
    }
  });

  it("reports a bad input as an error object and goes on", () => {
    const dir = fs.mkdtempSync(path.join(ROOT, ".tmp", "dry-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "   \n");
    fs.copyFileSync(path.join(ROOT, "data", "samples", gold.articles[1].file), path.join(dir, "good.txt"));
    const out = dryRun(dir);
    expect(out.status).toBe(1);
    const [bad, good] = out;
    expect(bad).toEqual({ file: "empty.txt", ok: false, error: { code: "EMPTY", message: expect.any(String) } });
    expect(good).toMatchObject({ file: "good.txt", ok: true });
    fs.rmSync(dir, { recursive: true });
  });
});
