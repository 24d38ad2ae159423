// Route handlers read their URL parameters one way: the view's value, or a 400 naming every parameter
// that is unknown, repeated or malformed (lib/params/view.ts), in the API's one error shape.
import { parseParams, type AnyView, type ValueOf } from "../params/view";
import { answering, apiError, type FailureFormat } from "./api-errors";

/**
 * Runs `handler` with the request's parameters read by `view`; bad ones get a 400, a throw a 500
 * (a 503 in the route's `format` when the database is away).
 */
export function withParams<V extends AnyView>(
  request: Request,
  view: V,
  handler: (value: ValueOf<V>, url: URL) => Promise<Response>,
  format: FailureFormat = {},
): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseParams(view, url.searchParams);
  if (!parsed.ok) return Promise.resolve(apiError("BAD_PARAMETER", { params: parsed.issues }));
  return answering(request, () => handler(parsed.value, url), format);
}
