// A data format for spreadsheets: ISO dates and Western digits whatever the reader's display settings.
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { getTimeline } from "@/lib/data/timeline";
import { timelineView } from "@/lib/params/timeline";
import { timelineCsv } from "@/lib/web/timeline-csv";

export const dynamic = "force-dynamic";

export const GET = rateLimited("api", (request: Request) => {
  return withParams(request, timelineView, async (filters) => {
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
