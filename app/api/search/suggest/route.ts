// GET /api/search/suggest?q=كير → people, places and outlets whose names start with the text (search-as-you-type).
import { z } from "zod";
import { apiError, failureResponse } from "@/lib/web/api-errors";
import { rateLimited } from "@/lib/web/rate-limit";
import { suggest } from "@/lib/data/search";

export const dynamic = "force-dynamic";

const Q = z.string().trim().max(60);

export const GET = rateLimited("suggest", async (request: Request) => {
  const url = new URL(request.url);
  const values = url.searchParams.getAll("q");
  const parsed = Q.safeParse(values[0] ?? "");
  if (values.length > 1 || !parsed.success) {
    return apiError("BAD_PARAMETER", { errors: [{ param: "q", message: "نص الاقتراح نص واحد حتى 60 حرفًا.", messageEn: "q is one text of up to 60 characters." }] });
  }
  try {
    return Response.json({ suggestions: await suggest(parsed.data) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return failureResponse(e, url.pathname);
  }
});
