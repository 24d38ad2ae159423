// The editors' token: EDITOR_TOKEN when set, else one generated on first start and kept in .data/.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function editorToken(dataDir: string): { token: string; file: string | null } {
  if (process.env.EDITOR_TOKEN) return { token: process.env.EDITOR_TOKEN, file: null };
  const file = path.join(dataDir, "editor-token");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(24).toString("base64url"), { mode: 0o600 });
  }
  return { token: fs.readFileSync(file, "utf8").trim(), file };
}

/**
 * The start command's line about the token. Never the token itself: start output ends up in service
 * logs. It says where the token is kept and how to read it (or that it comes from EDITOR_TOKEN).
 */
export function editorTokenNotice(uploadUrl: string, file: string | null, root: string): string {
  if (!file) return `Editors upload articles at ${uploadUrl} with the token from EDITOR_TOKEN`;
  const shown = path.relative(root, file).startsWith("..") ? file : path.relative(root, file);
  return `Editors upload articles at ${uploadUrl} with the token kept in ${shown} (read it with: cat ${shown})`;
}
