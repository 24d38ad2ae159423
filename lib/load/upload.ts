// Files an editor uploads go through the command-line pipeline, handed to the loader in memory: each
// article with the sidecar of the same name (a.txt with a.meta.json), as a folder would pair them.
import path from "node:path";
import type { Database } from "../data/client";
import { MAX_INPUT_BYTES } from "../extract/errors";
import { loadFiles, type FileResult } from "./load";
import { INPUT_EXTENSIONS, sidecarPathFor, type MemoryInput } from "./read-inputs";

export const MAX_UPLOAD_FILES = 200;
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export type UploadReport = { file: string; ok: true; status: string; articleId?: number; title: string } | { file: string; ok: false; code: string; message: string };

export async function loadUploads(database: Database, uploads: Upload[]): Promise<UploadReport[]> {
  const { inputs, refused } = uploadInputs(uploads);
  const { results } = await loadFiles(database, inputs);
  return [...refused, ...results.map(toReport)];
}

/**
 * The articles among the uploads, in name order, each with its sidecar's text; a file over the size
 * limit is refused on its own. Files that are neither articles nor sidecars are left out, as a folder
 * walk leaves them; of two files with one name, the last counts.
 */
export function uploadInputs(uploads: Upload[]): { inputs: MemoryInput[]; refused: UploadReport[] } {
  const byName = new Map(uploads.map((u) => [safeName(u.name), u.bytes]));
  const refused: UploadReport[] = [];
  const inputs: MemoryInput[] = [];
  for (const name of [...byName.keys()].sort()) {
    const bytes = byName.get(name)!;
    if (name.endsWith(".meta.json") || !INPUT_EXTENSIONS.has(path.extname(name).toLowerCase())) continue;
    if (bytes.length > MAX_INPUT_BYTES) {
      refused.push({ file: name, ok: false, code: "TOO_LARGE", message: `the limit is ${MAX_INPUT_BYTES / 1048576} MB per file` });
      continue;
    }
    const sidecar = byName.get(sidecarPathFor(name));
    inputs.push({ name, bytes, ...(sidecar ? { sidecar: Buffer.from(sidecar).toString("utf8") } : {}) });
  }
  return { inputs, refused };
}

/** Only the base name, with nothing that could hide it or make it look like a path. */
function safeName(name: string): string {
  const base = path
    .basename(name.replace(/\\/g, "/"))
    .replace(/[\u0000-\u001f]/g, "")
    .replace(/^\.+/, "");
  return base.slice(-200) || "upload.txt";
}

function toReport(r: FileResult): UploadReport {
  const file = path.basename(r.file);
  return r.ok ? { file, ok: true, status: r.status, articleId: r.articleId, title: r.extracted.title } : { file, ok: false, code: r.error.code, message: r.error.message };
}
