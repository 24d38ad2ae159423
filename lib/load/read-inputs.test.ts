import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { listInputFiles, readInput } from "./read-inputs";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "../extract/test-helpers";

const ARTICLE = page("كيري ولافروف يتفقان على مواصلة المحادثات", "", PARAGRAPH_A, "", PARAGRAPH_B);
const bytes = (s: string, e = "utf-8") => new Uint8Array(iconv.encode(s, e));

describe("reading from files and standard input", () => {
  it("lists '-' as standard input and files in a stable order", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inputs-"));
    fs.writeFileSync(path.join(dir, "b.htm"), "x");
    fs.writeFileSync(path.join(dir, "a.txt"), "x");
    fs.writeFileSync(path.join(dir, "a.meta.json"), "{}");
    expect(listInputFiles([dir, "-"]).map((f) => path.basename(f))).toEqual(["a.txt", "b.htm", "-"]);
    fs.rmSync(dir, { recursive: true });
  });

  it("reads a file with its sidecar", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inputs-"));
    fs.writeFileSync(path.join(dir, "a.txt"), bytes(ARTICLE, "iso-8859-6"));
    fs.writeFileSync(path.join(dir, "a.meta.json"), JSON.stringify({ url: "https://www.youm7.com/story/2016/9/28/x" }));
    const { input, warnings } = readInput(path.join(dir, "a.txt"));
    expect(input).toMatchObject({ fileName: "a.txt", text: ARTICLE, sidecar: { url: "https://www.youm7.com/story/2016/9/28/x" } });
    expect(warnings).toEqual(["decoded-as: iso-8859-6"]);
    fs.rmSync(dir, { recursive: true });
  });

  it("reads one article from standard input as 'stdin'", () => {
    const script = `import { readInput } from ${JSON.stringify(path.resolve(import.meta.dirname, "read-inputs.ts"))};
const { input } = readInput("-"); process.stdout.write(JSON.stringify({ fileName: input.fileName, text: input.text }));`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { input: Buffer.from(bytes(ARTICLE, "windows-1256")), encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ fileName: "stdin", text: ARTICLE });
  });
});
