// Turning command-line paths into RawInputs: folders walked recursively, sidecars attached, "-" read
// from standard input (one article, named "stdin", no sidecar).
import fs from "node:fs";
import path from "node:path";
import { prepareInput } from "../extract/prepare-input";
import { parseSidecar } from "../extract/sidecar";
import type { RawInput } from "../extract/types";

export const INPUT_EXTENSIONS = new Set([".txt", ".html", ".htm"]);
/** The path that stands for standard input. */
export const STDIN = "-";

/** Every input file below the given paths, in a stable order. Sidecars are not inputs. */
export function listInputFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (p: string) => {
    if (p === STDIN) {
      if (!files.includes(STDIN)) files.push(STDIN);
      return;
    }
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else if (INPUT_EXTENSIONS.has(path.extname(p).toLowerCase()) || paths.includes(p)) {
      if (!p.endsWith(".meta.json")) files.push(p);
    }
  };
  paths.forEach(visit);
  return files;
}

export function sidecarPathFor(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.meta.json`);
}

/** The name an input is stored and reported under. */
export const inputName = (file: string) => (file === STDIN ? "stdin" : path.basename(file));

/** Reads a file (or standard input) and its sidecar, then decodes and converts it (see prepare-input.ts). */
export function readInput(file: string): { input: RawInput; warnings: string[] } {
  const bytes = fs.readFileSync(file === STDIN ? 0 : file);
  const warnings: string[] = [];
  let sidecar: RawInput["sidecar"];
  const sidecarFile = file === STDIN ? null : sidecarPathFor(file);
  if (sidecarFile && fs.existsSync(sidecarFile)) {
    const parsed = parseSidecar(fs.readFileSync(sidecarFile, "utf8"));
    sidecar = parsed.sidecar;
    warnings.push(...parsed.warnings);
  }
  const prepared = prepareInput(bytes, { fileName: inputName(file), sidecar });
  return { input: prepared.input, warnings: [...warnings, ...prepared.warnings] };
}
