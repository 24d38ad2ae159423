// Files an editor uploads go through exactly the command-line pipeline: written to a private
// temporary folder (so sidecars pair with their articles by name), loaded, then removed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../data/client";
import { MAX_INPUT_BYTES } from "../extract/errors";
import { loadFiles, type FileResult } from "./load";
import { listInputFiles } from "./read-inputs";

export const MAX_UPLOAD_FILES = 200;
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export type UploadReport = { file: string; ok: true; status: string; articleId?: number; title: string } | { file: string; ok: false; code: string; message: string };

export async function loadUploads(database: Database, uploads: Upload[]): Promise<UploadReport[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-"));
  try {
    const refused: UploadReport[] = [];
    for (const upload of uploads) {
      const name = safeName(upload.name);
      if (upload.bytes.length > MAX_INPUT_BYTES) {
        refused.push({ file: name, ok: false, code: "TOO_LARGE", message: `the limit is ${MAX_INPUT_BYTES / 1048576} MB per file` });
      } else fs.writeFileSync(path.join(dir, name), upload.bytes);
    }
    const { results } = await loadFiles(database, listInputFiles([dir]));
    return [...refused, ...results.map(toReport)];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Only the base name, with nothing that could reach outside the folder or hide a file. */
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
