// The API's expected errors, named once: each code with its HTTP status and messages. Anything else
// is unexpected: logged here, answered with the generic INTERNAL message and never a stack trace — unless
// it is a lost database, which is answered 503 with Retry-After in the route's own format.
import { noteIfUnavailable } from "../data/availability";
import { PLAIN_ANSWER_HEADERS, RETRY_AFTER_SECONDS, UNAVAILABLE_ERROR, unavailableAnswer, type AnswerKind } from "./fallback-answers.mjs";
import { parseTimelineFilters, type TimelineFilters } from "../params/timeline";

export type ApiErrorCode = "BAD_PARAMETER" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";

const ERRORS: Record<ApiErrorCode, { status: number; message: string; messageEn: string }> = {
  BAD_PARAMETER: { status: 400, message: "في الرابط معامل غير صالح.", messageEn: "A parameter in the URL is not valid." },
  RATE_LIMITED: { status: 429, message: "طلبات كثيرة في وقت قصير. أعد المحاولة بعد قليل.", messageEn: "Too many requests. Try again shortly." },
  // The same words as the web server's own 503 (lib/web/fallback-answers.mjs), whoever answers.
  UNAVAILABLE: { status: 503, message: UNAVAILABLE_ERROR.message, messageEn: UNAVAILABLE_ERROR.messageEn },
  INTERNAL: { status: 500, message: "حدث خطأ غير متوقع. حاول مرة أخرى لاحقًا.", messageEn: "Something went wrong. Try again later." },
};

export function apiError(code: ApiErrorCode, details: Record<string, unknown> = {}): Response {
  const { status, message, messageEn } = ERRORS[code];
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (code === "UNAVAILABLE") headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json({ error: { code, message, messageEn, ...details } }, { status, headers });
}

/** The 503 of a route that is not JSON (the feed, a preview image), in its own format. */
function unavailableResponse(kind: AnswerKind, png?: Uint8Array): Response {
  if (kind === "api") return apiError("UNAVAILABLE");
  const answer = unavailableAnswer(kind, png ?? null);
  // The security headers come from next.config.js, as on every other response of the app.
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([k]) => !(k in PLAIN_ANSWER_HEADERS)));
  return new Response(typeof answer.body === "string" ? answer.body : new Uint8Array(answer.body), { status: answer.status, headers });
}

export interface FailureFormat {
  /** The route's format: JSON (default), the Atom feed, or a preview image. */
  kind?: AnswerKind;
  /** For images: the PNG to answer while the database is away (plain text without one). */
  png?: () => Uint8Array;
}

/** A route handler's unexpected error: 503 in the route's format when the database is away, else logged and 500. */
export function failureResponse(e: unknown, where: string, format: FailureFormat = {}): Response {
  if (noteIfUnavailable(e)) return unavailableResponse(format.kind ?? "api", format.png?.());
  console.error(`${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return apiError("INTERNAL");
}

/** Runs a handler that reads the timeline filters from the request URL; bad ones get a 400 naming each parameter. */
export async function withTimelineFilters(request: Request, handler: (filters: TimelineFilters, url: URL) => Promise<Response>, format: FailureFormat = {}): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseTimelineFilters(url.searchParams);
  if (!parsed.ok) return apiError("BAD_PARAMETER", { errors: parsed.errors });
  try {
    return await handler(parsed.filters, url);
  } catch (e) {
    return failureResponse(e, url.pathname, format);
  }
}
