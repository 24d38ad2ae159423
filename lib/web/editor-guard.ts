// The gate in front of every editor's write (uploads, corrections): the editors' request budget, then the
// budget for wrong tokens, then the token itself. A wrong token spends from a small, slowly refilled
// budget of its own (lib/web/rate-limit.ts `editorFailure`) and is logged with the address it came
// from — never with the token tried. While that budget is spent, every token is refused unread, the
// right one included, so guessing cannot go on.
import { logEvent } from "../log";
import { tokenMatches } from "./editor-token";
import { checkRateLimit, peekRateLimit, rateLimitMessage, requestAddress } from "./rate-limit";

export const WRONG_TOKEN_MESSAGE = "رمز المحرر غير صحيح.";

export type EditorGate = { ok: true } | { ok: false; message: string };

/** `action` names the write in the log ("upload", "correction"). */
export function checkEditor(headers: Headers, token: string, expected: string | undefined, action: string): EditorGate {
  const limited = checkRateLimit("editor", headers);
  if (!limited.ok) return { ok: false, message: rateLimitMessage(limited.retryAfterSeconds) };
  const guessing = peekRateLimit("editorFailure", headers);
  if (!guessing.ok) return { ok: false, message: rateLimitMessage(guessing.retryAfterSeconds) };
  if (token.length <= 1024 && tokenMatches(token, expected)) return { ok: true };
  checkRateLimit("editorFailure", headers);
  logEvent("editor token refused", { action, address: requestAddress(headers), configured: Boolean(expected) });
  return { ok: false, message: WRONG_TOKEN_MESSAGE };
}
