// The API's expected errors, named once: each code with its HTTP status and Arabic message, in one JSON
// shape everywhere — {"error": {"code", "message", "params"?: [{"param", "code", "message"}]}}.
// Anything else is unexpected: logged, answered with the generic INTERNAL message, never a stack trace.
import type { ParamIssue } from "../params/view";

export type ApiErrorCode = "BAD_PARAMETER" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";

const ERRORS: Record<ApiErrorCode, { status: number; message: string }> = {
  BAD_PARAMETER: { status: 400, message: "في الرابط معامل غير صالح." },
  RATE_LIMITED: { status: 429, message: "طلبات كثيرة في وقت قصير. أعد المحاولة بعد قليل." },
  UNAVAILABLE: { status: 503, message: "قاعدة البيانات غير متاحة مؤقتًا." },
  INTERNAL: { status: 500, message: "حدث خطأ غير متوقع. حاول مرة أخرى لاحقًا." },
};

export function apiError(code: ApiErrorCode, details: { params?: ParamIssue[]; retryAfterSeconds?: number } = {}): Response {
  const { status, message } = ERRORS[code];
  return Response.json({ error: { code, message, ...details } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Runs a route's handler, answering anything it throws with the generic 500 (logged with the route's path). */
export async function answering(request: Request, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    console.error(`${new URL(request.url).pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return apiError("INTERNAL");
  }
}
