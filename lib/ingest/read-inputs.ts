// Turning command-line paths into RawInputs: folders walked recursively, sidecars attached.
import fs from "node:fs";
import path from "node:path";
import { checkInputBytes, checkInputText } from "./check-input";
import { parseSidecar } from "./sidecar";
import type { RawInput } from "./types";

export const INPUT_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

/** Every input file below the given paths, in a stable order. Sidecars are not inputs. */
export function listInputFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (p: string) => {
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

/** Reads a file and its sidecar. Decoding is UTF-8 (BOM removed); other encodings arrive with the full pipeline. */
export function readInput(file: string): { input: RawInput; warnings: string[] } {
  const bytes = fs.readFileSync(file);
  checkInputBytes(bytes);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  checkInputText(text);
  const warnings: string[] = [];
  const sidecarFile = sidecarPathFor(file);
  let sidecar: RawInput["sidecar"];
  if (fs.existsSync(sidecarFile)) {
    const parsed = parseSidecar(fs.readFileSync(sidecarFile, "utf8"));
    sidecar = parsed.sidecar;
    warnings.push(...parsed.warnings);
  }
  return { input: { fileName: path.basename(file), text, sidecar }, warnings };
}
