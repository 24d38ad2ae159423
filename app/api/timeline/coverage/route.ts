// Coverage over time as data (JSON): the chart's bins for the filters, the axis view (fitted to the events
// when absent), the split and the unit; ISO dates and plain numbers. A bad parameter gets a 400 naming it.
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { coverageData } from "@/lib/web/coverage-data";
import { coverageView } from "@/lib/params/timeline";

export const dynamic = "force-dynamic";

export const GET = rateLimited("api", (request: Request) =>
  withParams(request, coverageView, async (params) => Response.json(await coverageData(params), { headers: { "Cache-Control": "no-store" } })),
);
