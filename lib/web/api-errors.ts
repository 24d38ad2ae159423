// The API's expected errors, named once: each code with its HTTP status and messages. Anything else
// is unexpected: logged here, answered with the generic INTERNAL message and never a stack trace.
import { parseTimelineFilters, type TimelineFilters } from "../params/timeline";

export type ApiErrorCode = "BAD_PARAMETER" | "RATE_LIMITED" | "INTERNAL";

const ERRORS: Record<ApiErrorCode, { status: number; message: string; messageEn: string }> = {
  BAD_PARAMETER: { status: 400, message: "في الرابط معامل غير صالح.", messageEn: "A parameter in the URL is not valid." },
  RATE_LIMITED: { status: 429, message: "طلبات كثيرة في وقت قصير. أعد المحاولة بعد قليل.", messageEn: "Too many requests. Try again shortly." },
  INTERNAL: { status: 500, message: "حدث خطأ غير متوقع. حاول مرة أخرى لاحقًا.", messageEn: "Something went wrong. Try again later." },
};

export function apiError(code: ApiErrorCode, details: Record<string, unknown> = {}): Response {
  const { status, message, messageEn } = ERRORS[code];
  return Response.json({ error: { code, message, messageEn, ...details } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Runs a handler that reads the timeline filters from the request URL; bad ones get a 400 naming each parameter. */
export async function withTimelineFilters(request: Request, handler: (filters: TimelineFilters, url: URL) => Promise<Response>): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseTimelineFilters(url.searchParams);
  if (!parsed.ok) return apiError("BAD_PARAMETER", { errors: parsed.errors });
  try {
    return await handler(parsed.filters, url);
  } catch (e) {
    console.error(`${url.pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return apiError("INTERNAL");
  }
}
