// A data format (JSON): ISO dates and plain numbers; display settings do not apply, ?digits= / ?cal= are ignored.
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { getTimeline, type TimelineEvent } from "@/lib/data/timeline";
import { timelineView } from "@/lib/params/timeline";

export const dynamic = "force-dynamic";

const shape = ({ articles, ...e }: TimelineEvent) => ({ ...e, articles: articles.map(({ outletName: _, ...a }) => a) });

export const GET = rateLimited("api", (request: Request) => {
  return withParams(request, timelineView, async (filters) => {
    const { dated, undated, counts, facets } = await getTimeline(filters);
    return Response.json({ filters, counts, facets, events: dated.map(shape), undated: undated.map(shape) }, { headers: { "Cache-Control": "no-store" } });
  });
});
