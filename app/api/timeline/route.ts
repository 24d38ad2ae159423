// A data format (JSON): ISO dates and plain numbers; display settings do not apply, ?digits= / ?cal= are ignored.
// With the events (paged: `page` and `pageSize`, API_PAGE_SIZE events unless asked, at most
// MAX_API_PAGE_SIZE; `paging.next` is the next page's address), the axis: the view (the URL's span and
// centre, else fitted to the events, as the page draws it) and every dated event in it with its coverage
// count, storyline and the country and type of most of its coverage, and the storylines with two or more events.
import { withParams } from "@/lib/web/api-params";
import { rateLimited } from "@/lib/web/rate-limit";
import { getTimeline, type TimelineEvent } from "@/lib/data/timeline";
import { getTimelineMarks } from "@/lib/data/timeline-marks";
import { resolveView, windowOf } from "@/lib/display/axis/view-window";
import { timelineApiView } from "@/lib/params/timeline";
import { hrefWith, writeParams } from "@/lib/params/view";

export const dynamic = "force-dynamic";

const shape = ({ articles, ...e }: TimelineEvent) => ({ ...e, articles: articles.map(({ outletName: _, ...a }) => a) });

export const GET = rateLimited("api", (request: Request) => {
  return withParams(request, timelineApiView, async ({ filters, axis, page, pageSize }, url) => {
    const [{ dated, undated, counts, facets, paging }, marks] = await Promise.all([getTimeline(filters, { page, pageSize }), getTimelineMarks(filters)]);
    const next = page < paging.pages ? hrefWith(url.pathname, writeParams(timelineApiView, { filters, axis, page: page + 1, pageSize })) : null;
    const extent = marks.first && marks.last ? { first: marks.first, last: marks.last } : null;
    const { view, moved } = resolveView(axis, extent, { from: filters.from, to: filters.to });
    const window = windowOf(view);
    const inView = marks.events.filter((e) => (e.dateEnd ?? e.date) >= window.start && e.date <= window.end);
    const storylines = new Map<string, { key: string; first: string; last: string; events: string[] }>();
    for (const e of marks.events) {
      if (!e.storyline) continue;
      const s = storylines.get(e.storyline) ?? { key: e.storyline, first: e.date, last: e.dateEnd ?? e.date, events: [] };
      s.events.push(e.slug);
      if (e.date < s.first) s.first = e.date;
      if ((e.dateEnd ?? e.date) > s.last) s.last = e.dateEnd ?? e.date;
      storylines.set(e.storyline, s);
    }
    return Response.json(
      {
        filters,
        counts,
        facets,
        paging: { ...paging, next },
        events: dated.map(shape),
        undated: undated.map(shape),
        axis: {
          view: { ...view, ...window, moved },
          marks: inView,
          storylines: [...storylines.values()].filter((s) => s.events.length >= 2 && s.last >= window.start && s.first <= window.end),
        },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  });
});
