// A data format (Atom): ISO timestamps and Western digits whatever the reader's display settings.
import { withParams } from "@/lib/web/api-params";
import { requestOrigin } from "@/lib/web/origin";
import { getTimeline } from "@/lib/data/timeline";
import { timelineAtom } from "@/lib/web/timeline-atom";
import { timelineView, toSearchParams } from "@/lib/params/timeline";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withParams(
    request,
    timelineView,
    async (filters) => {
      // The feed is always newest first, whatever `sort` says.
      const { dated } = await getTimeline({ ...filters, sort: "desc" });
      const query = toSearchParams({ ...filters, sort: "asc" }).toString();
      return new Response(timelineAtom(dated, requestOrigin(request), query), {
        headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
      });
    },
    { kind: "feed" },
  );
}
