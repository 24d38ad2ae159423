// The API's expected errors, named once: each code with its HTTP status and Arabic message, in one JSON
// shape everywhere — {"error": {"code", "message", "params"?: [{"param", "code", "message"}]}}.
// Anything else is unexpected: logged, answered with the generic INTERNAL message, never a stack trace —
// unless it is a lost database, which is answered 503 with Retry-After in the route's own format.
import { noteIfUnavailable } from "../data/availability";
import type { ParamIssue } from "../params/view";
import { PLAIN_ANSWER_HEADERS, RETRY_AFTER_SECONDS, UNAVAILABLE_ERROR, unavailableAnswer, type AnswerKind } from "./fallback-answers.mjs";

export type ApiErrorCode = "BAD_PARAMETER" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";

const ERRORS: Record<ApiErrorCode, { status: number; message: string }> = {
  BAD_PARAMETER: { status: 400, message: "في الرابط معامل غير صالح." },
  RATE_LIMITED: { status: 429, message: "طلبات كثيرة في وقت قصير. أعد المحاولة بعد قليل." },
  // The same words as the web server's own 503 (lib/web/fallback-answers.mjs), whoever answers.
  UNAVAILABLE: { status: 503, message: UNAVAILABLE_ERROR.message },
  INTERNAL: { status: 500, message: "حدث خطأ غير متوقع. حاول مرة أخرى لاحقًا." },
};

export function apiError(code: ApiErrorCode, details: { params?: ParamIssue[]; retryAfterSeconds?: number } = {}): Response {
  const { status, message } = ERRORS[code];
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (code === "UNAVAILABLE") headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json({ error: { code, message, ...details } }, { status, headers });
}

export interface FailureFormat {
  /** The route's format: JSON (default), the Atom feed, or a preview image. */
  kind?: AnswerKind;
  /** For images: the PNG to answer while the database is away (plain text without one). */
  png?: () => Uint8Array;
}

/** The 503 of a route, in its own format (the JSON error for the API). */
function unavailableResponse(kind: AnswerKind, png?: Uint8Array): Response {
  if (kind === "api") return apiError("UNAVAILABLE");
  const answer = unavailableAnswer(kind, png ?? null);
  // The security headers come from next.config.js, as on every other response of the app.
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([k]) => !(k in PLAIN_ANSWER_HEADERS)));
  return new Response(typeof answer.body === "string" ? answer.body : new Uint8Array(answer.body), { status: answer.status, headers });
}

/** A route handler's unexpected error: 503 in the route's format when the database is away, else logged and 500. */
export function failureResponse(e: unknown, where: string, format: FailureFormat = {}): Response {
  if (noteIfUnavailable(e)) return unavailableResponse(format.kind ?? "api", format.png?.());
  console.error(`${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return apiError("INTERNAL");
}

/** Runs a route's handler, answering anything it throws with failureResponse (logged with the route's path). */
export async function answering(request: Request, handler: () => Promise<Response>, format: FailureFormat = {}): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    return failureResponse(e, new URL(request.url).pathname, format);
  }
}
