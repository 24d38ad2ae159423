import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { MonthStrip } from "@/components/month-strip";
import { TimelineFilters } from "@/components/timeline-filters";
import { Pager, TimelineList } from "@/components/timeline-list";
import { ShareLink } from "@/components/share-link";
import { getTimeline } from "@/lib/data/timeline";
import { formatNumber } from "@/lib/display/numbers";
import { withDisplayParams } from "@/lib/display/settings";
import { ParamNotice } from "@/components/param-notice";
import { displaySettings } from "@/lib/web/display-settings";
import { timelineMetadata } from "@/lib/web/og/timeline-metadata";
import { pageParams, paramNotice } from "@/lib/web/page-params";
import type { SearchParamsInput } from "@/lib/params/input";
import { defaultFilters, monthPages, PAGE_SIZE, timelineHref, toSearchParams } from "@/lib/params/timeline";

export const dynamic = "force-dynamic";

/** Title, description and preview image describe the filtered view, so a shared link previews what it opens. */
export const generateMetadata = async ({ searchParams }: { searchParams: Promise<SearchParamsInput> }) =>
  timelineMetadata(pageParams("timeline", await searchParams).filters, await displaySettings());

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  // One URL per view: anything else was redirected to the canonical URL (lib/params), keeping the
  // URL's own display settings; what it dropped is explained once, above the view.
  const { filters, page } = pageParams("timeline", await searchParams);
  const display = await displaySettings();
  const notice = await paramNotice("timeline");

  // One page of events; counts, facets and the month strip describe the whole filtered set.
  const { dated, undated, counts, facets, paging } = await getTimeline(filters, { page, pageSize: PAGE_SIZE });
  const pageOfMonth = monthPages(facets.months, filters.sort, PAGE_SIZE);
  // Links carry the settings (when not the default), so the address bar always holds the whole view.
  const hrefOf = (p: number, hash?: string) => timelineHref(filters, p, hash, display);
  const monthHref = (month: string) => hrefOf(pageOfMonth.get(month) ?? 1, `month-${month}`);
  const n = (x: number) => formatNumber(x, display);
  const filtered = toSearchParams({ ...filters, sort: "asc" }).toString() !== toSearchParams(defaultFilters()).toString();
  return (
    <>
      <h1 className="text-2xl font-bold">الخط الزمني للمحادثات</h1>
      <p className="mt-1 text-muted">لقاءات واتصالات وزيارات وتصريحات، مع التغطية التي نقلتها.</p>
      <ParamNotice title="رابط التصفية غير صالح" issues={notice} display={display} />
      <TimelineFilters filters={filters} facets={facets} display={display} />
      <p className="mt-3 text-sm text-muted" role="status" data-testid="timeline-counts">
        {n(counts.events)} حدثًا، {n(counts.articles)} مقالًا{filtered ? " تطابق التصفية" : ""}
        {paging.pages > 1 ? `، الصفحة ${n(page)} من ${n(paging.pages)}` : ""}
      </p>
      <ShareLink title="الخط الزمني للمحادثات" display={display} />
      <MonthStrip months={facets.months} hrefOf={monthHref} display={display} />
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
