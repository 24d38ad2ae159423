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
