// The timeline's preview card (PNG), for the same query parameters as the page.
// Western digits always (no display settings): the image is a shared, cached artefact seen by readers
// with any setting, and proxy.ts does not run here; ?digits= / ?cal= are accepted and ignored.
import { withParams } from "@/lib/web/api-params";
import { getTimelineSummary } from "@/lib/data/timeline";
import { timelineView } from "@/lib/params/timeline";
import { timelineSummary } from "@/lib/web/og/cards";
import { pngResponse, renderOgPng } from "@/lib/web/og/render";
import { unavailableCardPng } from "@/lib/web/og/unavailable";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request) {
  return withParams(
    request,
    timelineView,
    async (filters) => {
      const timeline = await getTimelineSummary(filters);
      return pngResponse(renderOgPng(timelineSummary(filters, timeline.counts, timeline.facets).card));
    },
    { kind: "image", png: unavailableCardPng },
  );
}
