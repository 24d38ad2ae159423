// GET /api/search?q=...&outlet=&person=&event=&from=&to=&basis=&sort=relevance|date&page=&pageSize=
// Same results as /search as JSON (lib/data/search.ts). Bad parameters get a 400 naming each one.
import { apiError, failureResponse } from "@/lib/web/api-errors";
import { rateLimited } from "@/lib/web/rate-limit";
import { search } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/params/search";

export const dynamic = "force-dynamic";

export const GET = rateLimited("api", async (request: Request) => {
  const url = new URL(request.url);
  const parsed = parseSearchParams(url.searchParams, { strict: true });
  if (!parsed.ok) return apiError("BAD_PARAMETER", { errors: parsed.errors });
  try {
    const result = await search(parsed.params);
    return Response.json({ params: parsed.params, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return failureResponse(e, url.pathname);
  }
});
