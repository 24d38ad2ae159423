// The timeline's preview card (PNG), for the same query parameters as the page.
import { withTimelineFilters } from "@/lib/api/errors";
import { getTimelineSummary } from "@/lib/data/timeline";
import { timelineSummary } from "@/lib/og/cards";
import { pngResponse, renderOgPng } from "@/lib/og/render";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request) {
  return withTimelineFilters(request, async (filters) => {
    const timeline = await getTimelineSummary(filters);
    return pngResponse(renderOgPng(timelineSummary(filters, timeline.counts, timeline.facets).card));
  });
}
