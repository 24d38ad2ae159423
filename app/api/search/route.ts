// GET /api/search?q=...&outlet=&person=&event=&from=&to=&basis=&sort=relevance|date&page=&pageSize=
// Same results as /search as JSON (lib/data/search.ts). Bad parameters get a 400 naming each one.
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { search } from "@/lib/data/search";
import { searchView } from "@/lib/params/search";

export const dynamic = "force-dynamic";

export const GET = rateLimited("api", (request: Request) =>
  withParams(request, searchView, async (params) => Response.json({ params, ...(await search(params)) }, { headers: { "Cache-Control": "no-store" } })),
);
