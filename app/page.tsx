import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Pager, TimelineList } from "@/components/timeline-list";
import { ShareLink } from "@/components/share-link";
import { countOffTopic } from "@/lib/data/off-topic";
import { ParamNotice } from "@/components/param-notice";
import { AxisControls } from "@/components/timeline/axis-controls";
import { AxisLegend } from "@/components/timeline/axis-legend";
import { CoverageChart } from "@/components/timeline/coverage-chart";
import { FilterChips } from "@/components/timeline/filter-chips";
import { TimeAxis } from "@/components/timeline/time-axis";
import { formatNumber } from "@/lib/display/numbers";
import { withDisplayParams } from "@/lib/display/settings";
import { issueOf } from "@/lib/params/view";
import { defaultFilters, timelineHref, timelinePageView, toSearchParams } from "@/lib/params/timeline";
import type { SearchParamsInput } from "@/lib/params/input";
import { displaySettings } from "@/lib/web/display-settings";
import { timelineMetadata } from "@/lib/web/og/timeline-metadata";
import { pageParams, paramNotice } from "@/lib/web/page-params";
import { timelinePage } from "@/lib/web/timeline-page";

export const dynamic = "force-dynamic";

/** Title, description and preview image describe the filtered view, so a shared link previews what it opens. */
export const generateMetadata = async ({ searchParams }: { searchParams: Promise<SearchParamsInput> }) =>
  timelineMetadata(pageParams("timeline", await searchParams).filters, await displaySettings());

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  // One URL per view: anything else was redirected to the canonical URL (lib/params), keeping the
  // URL's own display settings; what it dropped is explained once, above the view.
  const view = pageParams("timeline", await searchParams);
  const { filters, page } = view;
  const display = await displaySettings();
  const [notice, model, offTopic] = await Promise.all([paramNotice("timeline"), timelinePage(view, display), countOffTopic()]);
  // A view far from every event is drawn at the nearest events instead, and the reader is told.
  const issues = model.moved ? [...notice, issueOf(timelinePageView, "at", "NO_COVERAGE")] : notice;
  const { dated, undated, counts, facets, paging } = model.list;
  const hrefOf = (p: number, hash?: string) => timelineHref(filters, p, hash, display);
  const n = (x: number) => formatNumber(x, display);
  const filtered = toSearchParams({ ...filters, sort: "asc" }).toString() !== toSearchParams(defaultFilters()).toString();
  const eventHref = (slug: string) => withDisplayParams(`/events/${slug}`, display);
  const axisProps = {
    display,
    swatchOf: model.swatchOf,
    eventHref,
    zoomHref: model.zoomTo,
    templates: model.links.templates,
    hasBrush: Boolean(filters.from || filters.to),
    label: "محور الأحداث",
  };
  return (
    <>
      <h1 className="text-2xl font-bold">الخط الزمني للمحادثات</h1>
      <p className="mt-1 text-muted">لقاءات واتصالات ومؤتمرات وتصريحات، مع التغطية التي نقلتها.</p>
      <ParamNotice title="رابط التصفية غير صالح" issues={issues} display={display} />
      <FilterChips
        view={view}
        facets={facets}
        display={display}
        months={model.months}
        names={{ people: new Map(facets.participants.map((p) => [p.id, p.nameAr])), outlets: new Map(facets.outlets.map((o) => [o.id, o.nameAr])) }}
      />
      <figure className="mt-4" aria-labelledby="axis-title">
        <figcaption className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="axis-title" className="sr-only">
            محور الأحداث
          </h2>
        </figcaption>
        <AxisControls links={model.links} />
        <p id="axis-help" className="sr-only">
          الأقدم إلى اليمين. تنقّل بين الأحداث بالأسهم، وافتح الحدث بزر الإدخال، وكبّر بـ + وصغّر بـ −، وحرّك الفترة بـ Page Up وPage Down، واسحب في الشريط السفلي لتحديد فترة، وألغِ
          التحديد بـ Escape.
        </p>
        <div className="mt-2 hidden sm:block">
          <TimeAxis model={model.axes.horizontal} {...axisProps} />
        </div>
        <div className="mx-auto mt-2 max-w-sm sm:hidden">
          <TimeAxis model={model.axes.vertical} {...axisProps} />
        </div>
        <AxisLegend kinds={model.legend.kinds} colours={model.legend.colours} colourTitle={model.legend.title} />
      </figure>
      <CoverageChart
        bins={model.coverage.bins}
        window={model.axes.horizontal.window}
        unit={model.coverage.unit}
        stack={model.coverage.stack}
        display={display}
        seriesLabel={model.seriesLabel}
        seriesSwatch={model.seriesSwatch}
        stacks={model.links.stacks}
        units={model.links.units}
        dataLinks={model.links.data}
      />
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" role="status" data-testid="timeline-counts">
          {n(counts.events)} حدثًا، {n(counts.articles)} مقالًا{filtered ? " تطابق التصفية" : ""}
          {paging.pages > 1 ? `، الصفحة ${n(page)} من ${n(paging.pages)}` : ""}
        </p>
        {offTopic > 0 && (
          <Link href={withDisplayParams("/off-topic", display)} className="text-sm text-accent underline underline-offset-4" data-testid="off-topic-link">
            خارج موضوع المحادثات ({n(offTopic)})
          </Link>
        )}
        <ShareLink title="الخط الزمني للمحادثات" display={display} />
      </div>
      {dated.length + undated.length === 0 ? (
        page > paging.pages ? (
          <EmptyState title="لا توجد صفحة بهذا الرقم">
            <Link href={hrefOf(paging.pages)} className="text-accent underline">
              الذهاب إلى الصفحة الأخيرة ({n(paging.pages)})
            </Link>
          </EmptyState>
        ) : filtered ? (
          <EmptyState title="لا أحداث تطابق هذه التصفية">
            <Link href={withDisplayParams("/", display)} className="text-accent underline">
              عرض كل الأحداث
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="لا توجد أحداث بعد">
            حمّل مقالات بالأمر <code dir="ltr">npm run ingest -- ‎&lt;folder&gt;</code> لتظهر هنا.
          </EmptyState>
        )
      ) : (
        <>
          <TimelineList dated={dated} undated={undated} display={display} />
          <Pager page={page} pages={paging.pages} hrefOf={hrefOf} display={display} />
        </>
      )}
    </>
  );
}
