import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { MonthStrip } from "@/components/month-strip";
import { TimelineFilters } from "@/components/timeline-filters";
import { Pager, TimelineList } from "@/components/timeline-list";
import { ShareLink } from "@/components/share-link";
import { getTimeline } from "@/lib/data/timeline";
import { formatNumber, localizeDigits } from "@/lib/display/numbers";
import { withDisplayParams } from "@/lib/display/settings";
import { displaySettings } from "../lib/web/display-settings";
import { timelineMetadata } from "@/lib/web/og/timeline-metadata";
import { defaultFilters, monthPages, PAGE_SIZE, parseTimelineFilters, parseTimelinePage, timelineHref, toSearchParams, type SearchParamsInput } from "@/lib/params/timeline";

export const dynamic = "force-dynamic";

/** Title, description and preview image describe the filtered view, so a shared link previews what it opens. */
export const generateMetadata = async ({ searchParams }: { searchParams: Promise<SearchParamsInput> }) => timelineMetadata(searchParams, await displaySettings());

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const raw = await searchParams;
  const parsed = parseTimelineFilters(raw);
  const paged = parseTimelinePage(raw);
  const display = await displaySettings();
  if (!parsed.ok || !paged.ok)
    return (
      <BadFilters
        messages={[...(parsed.ok ? [] : parsed.errors), ...(paged.ok ? [] : paged.errors)].map((e) => localizeDigits(e.message, display))}
        home={withDisplayParams("/", display)}
      />
    );
  const { filters } = parsed;
  const { page } = paged;

  // One URL per view: the form's empty fields, parameter order and page=1 are normalised away; the
  // URL's own display settings (digits, cal) are kept at the end, so a shared link keeps them too.
  const canonical = toSearchParams(filters, page, raw).toString();
  if (canonical !== new URLSearchParams(flatten(raw)).toString()) redirect(canonical ? `/?${canonical}` : "/");

  // One page of events; counts, facets and the month strip describe the whole filtered set.
  const { dated, undated, counts, facets, paging } = await getTimeline(filters, { page, pageSize: PAGE_SIZE });
  const pageOfMonth = monthPages(facets.months, filters.sort, PAGE_SIZE);
  // Links carry the settings (when not the default), so the address bar always holds the whole view.
  const hrefOf = (p: number, hash?: string) => timelineHref(filters, p, hash, display);
  const monthHref = (month: string) => hrefOf(pageOfMonth.get(month) ?? 1, `month-${month}`);
  const n = (x: number) => formatNumber(x, display);
  const filtered = toSearchParams({ ...parsed.filters, sort: "asc" }).toString() !== toSearchParams(defaultFilters()).toString();
  return (
    <>
      <h1 className="text-2xl font-bold">الخط الزمني للمحادثات</h1>
      <p className="mt-1 text-muted">لقاءات واتصالات وزيارات وتصريحات، مع التغطية التي نقلتها.</p>
      <TimelineFilters filters={parsed.filters} facets={facets} display={display} />
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

function BadFilters({ messages, home }: { messages: string[]; home: string }) {
  return (
    <div role="alert" className="py-12 text-center">
      <h1 className="text-2xl font-bold">رابط التصفية غير صالح</h1>
      <ul className="mt-3 text-muted">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <Link href={home} className="mt-6 inline-block text-accent underline underline-offset-4">
        عرض الخط الزمني كاملًا
      </Link>
    </div>
  );
}

function flatten(raw: SearchParamsInput): string[][] {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v === undefined ? [] : [[k, v]]));
}
