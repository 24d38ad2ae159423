// Coverage over time for spreadsheets: one row per bin and series, ISO dates and Western digits.
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { coverageCsv, coverageData } from "@/lib/web/coverage-data";
import { coverageView } from "@/lib/params/timeline";

export const dynamic = "force-dynamic";

export const GET = rateLimited("api", (request: Request) =>
  withParams(
    request,
    coverageView,
    async (params) =>
      new Response(coverageCsv(await coverageData(params)), {
        headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="coverage.csv"', "Cache-Control": "no-store" },
      }),
  ),
);
