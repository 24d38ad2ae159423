// GET /api/search/suggest?q=كير → people, places and outlets whose names start with the text (search-as-you-type).
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { suggest } from "@/lib/data/search";
import { suggestView } from "@/lib/params/search";

export const dynamic = "force-dynamic";

export const GET = rateLimited("suggest", (request: Request) =>
  withParams(request, suggestView, async ({ q }) => Response.json({ suggestions: await suggest(q) }, { headers: { "Cache-Control": "no-store" } })),
);
