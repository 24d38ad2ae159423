// A data format for spreadsheets: ISO dates and Western digits whatever the reader's display settings.
import { withTimelineFilters } from "@/lib/web/api-errors";
import { rateLimited } from "@/lib/web/rate-limit";
import { getTimeline } from "@/lib/data/timeline";
import { timelineCsv } from "@/lib/web/timeline-csv";

export const dynamic = "force-dynamic";

export const GET = rateLimited("api", (request: Request) => {
  return withTimelineFilters(request, async (filters) => {
    const { dated, undated } = await getTimeline(filters);
    return new Response(timelineCsv([...dated, ...undated]), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="timeline.csv"',
        "Cache-Control": "no-store",
      },
    });
  });
});
