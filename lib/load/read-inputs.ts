// Turning the loader's inputs into RawInputs: command-line paths (folders walked recursively, sidecars
// attached, "-" read from standard input: one article, named "stdin", no sidecar), or files already in
// memory (an editor's upload: name, bytes and the sidecar's text, never written to disk).
import fs from "node:fs";
import path from "node:path";
import { prepareInput } from "../extract/prepare-input";
import { parseSidecar } from "../extract/sidecar";
import type { RawInput } from "../extract/types";

export const INPUT_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

/** A file already in memory, with the text of its sidecar (name.meta.json) when it has one. */
export interface MemoryInput {
  name: string;
  bytes: Uint8Array;
  sidecar?: string;
}

/** What the loader reads: a path (or "-" for standard input), or a file in memory. */
export type LoadInput = string | MemoryInput;
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

/** The sidecar's name for an input's: "a.txt" → "a.meta.json" (paths keep their folder). */
export function sidecarPathFor(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.meta.json`);
}

/** The name an input is stored and reported under. */
export const inputName = (input: LoadInput) => (typeof input !== "string" ? input.name : input === STDIN ? "stdin" : path.basename(input));

/** Where a result came from, as reported: the path given, or the in-memory file's name. */
export const inputLabel = (input: LoadInput) => (typeof input === "string" ? input : input.name);

/** The bytes of an input and the text of its sidecar, if any. */
function bytesOf(input: LoadInput): { bytes: Uint8Array; sidecar?: string } {
  if (typeof input !== "string") return input;
  const bytes = fs.readFileSync(input === STDIN ? 0 : input);
  const sidecarFile = input === STDIN ? null : sidecarPathFor(input);
  return { bytes, sidecar: sidecarFile && fs.existsSync(sidecarFile) ? fs.readFileSync(sidecarFile, "utf8") : undefined };
}

/** Reads an input and its sidecar, then decodes and converts it (see prepare-input.ts). */
export function readInput(source: LoadInput): { input: RawInput; warnings: string[] } {
  const { bytes, sidecar: sidecarText } = bytesOf(source);
  const warnings: string[] = [];
  let sidecar: RawInput["sidecar"];
  if (sidecarText !== undefined) {
    const parsed = parseSidecar(sidecarText);
    sidecar = parsed.sidecar;
    warnings.push(...parsed.warnings);
  }
  const prepared = prepareInput(bytes, { fileName: inputName(source), sidecar });
  return { input: prepared.input, warnings: [...warnings, ...prepared.warnings] };
}
