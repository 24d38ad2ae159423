// A data format (JSON): ISO dates and plain numbers; display settings do not apply, ?digits= / ?cal= are ignored.
// Paged: `page` and `pageSize` (API_PAGE_SIZE events unless asked, at most MAX_API_PAGE_SIZE), so no
// request makes the server build the whole timeline in one answer; `paging.next` is the next page's address.
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { getTimeline, type TimelineEvent } from "@/lib/data/timeline";
import { timelineApiView } from "@/lib/params/timeline";
import { hrefWith, writeParams } from "@/lib/params/view";

export const dynamic = "force-dynamic";

const shape = ({ articles, ...e }: TimelineEvent) => ({ ...e, articles: articles.map(({ outletName: _, ...a }) => a) });

export const GET = rateLimited("api", (request: Request) => {
  return withParams(request, timelineApiView, async ({ filters, page, pageSize }, url) => {
    const { dated, undated, counts, facets, paging } = await getTimeline(filters, { page, pageSize });
    const next = page < paging.pages ? hrefWith(url.pathname, writeParams(timelineApiView, { filters, page: page + 1, pageSize })) : null;
    return Response.json(
      { filters, counts, facets, paging: { ...paging, next }, events: dated.map(shape), undated: undated.map(shape) },
      { headers: { "Cache-Control": "no-store" } },
    );
  });
});
