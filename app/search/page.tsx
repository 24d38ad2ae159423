import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { displaySettings } from "@/lib/web/display-settings";
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchForm, type ActiveFilter } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchStart } from "@/components/search/search-start";
import { search } from "@/lib/data/search";
import { didYouMean, eventOfArticles, filterNames, mostNamedPeople } from "@/lib/data/search-context";
import { formatArabicDate } from "@/lib/display/dates";
import { DATE_BASIS_LABELS } from "@/lib/enums/date-basis";
import { formatNumber } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import { hasFilter, searchPageView, type SearchParams } from "@/lib/params/search";
import { relaxQuery } from "@/lib/search/relax";
import { searchHrefWith } from "@/lib/params/search-url";
import { endOf, startOf } from "@/lib/params/dates";
import { toURLSearchParams } from "@/lib/params/input";
import { canonicalQuery, hrefWith } from "@/lib/params/view";
import { pageParams, paramNotice } from "@/lib/web/page-params";
import { ParamNotice } from "@/components/param-notice";

export const dynamic = "force-dynamic";

type Raw = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Raw> }): Promise<Metadata> {
  const q = pageParams("search", await searchParams).params.q.slice(0, 80);
  return { title: q ? `بحث: ${q}` : "البحث في المقالات", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Raw> }) {
  const raw = await searchParams;
  const { params, articles } = pageParams("search", raw);
  // A search started from a comparison (header box, ?articles=) becomes a search within its event.
  if (articles.length > 0) {
    const within = toURLSearchParams(raw);
    within.delete("articles");
    const slug = params.event ? undefined : await eventOfArticles(articles);
    if (slug) within.set("event", slug);
    redirect(hrefWith("/search", canonicalQuery(searchPageView, within).query));
  }
  const [notice, display] = await Promise.all([paramNotice("search"), displaySettings()]);

  // No Suspense boundary (nor loading.tsx) on this page: streamed content stays hidden for readers without
  // JavaScript, and a redirect after streaming began is no longer a real 307. The search is fast enough.
  return (
    <>
      <h1 className="text-2xl font-bold">البحث في المقالات</h1>
      <ParamNotice title="رابط البحث غير صالح" issues={notice} display={display} />
      {params.q === "" && !hasFilter(params) ? (
        <>
          <SearchForm params={params} active={[]} />
          <SearchStart />
        </>
      ) : (
        <SearchView params={params} />
      )}
    </>
  );
}

async function SearchView({ params }: { params: SearchParams }) {
  const settings = await displaySettings();
  const [result, names] = await Promise.all([search(params), filterNames(params)]);
  const active = activeFilters(params, names, settings);
  const empty = result.hits.length === 0;
  const beyondLastPage = empty && params.page > 1 && result.page.pages > 0;
  const [suggestions, relaxed] = empty && !beyondLastPage && params.q ? [await didYouMean(params.q), relaxQuery(params.q)] : [[], []];
  // Nothing close to the query: offer the names the corpus is about rather than a bare "no results".
  const popular = empty && !beyondLastPage && suggestions.length === 0 ? await mostNamedPeople() : [];
  const hasFacets = Object.values(result.facets).some((f) => f.length > 0) || active.length > 0;
  const filters = (idPrefix: string) => <SearchFilters params={params} facets={result.facets} settings={settings} idPrefix={idPrefix} />;

  return (
    <>
      <SearchForm params={params} active={active} />
      {result.messages.length > 0 && (
        <ul
          role="alert"
          className="mt-3 space-y-1 rounded border border-amber-700/40 bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
          data-testid="query-messages"
        >
          {result.messages.map((m) => (
            <li key={m.code}>{m.message}</li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm text-muted" role="status" data-testid="search-count">
        {countLine(result.total, settings)}
        {result.page.pages > 1 && !beyondLastPage && `، الصفحة ${formatNumber(params.page, settings)} من ${formatNumber(result.page.pages, settings)}`}
      </p>
      <div className="mt-2 gap-8 md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
        {hasFacets && (
          <>
            <aside aria-label="تصفية النتائج" className="hidden md:block">
              {filters("wide")}
            </aside>
            <details className="mb-4 rounded border border-black/10 p-3 md:hidden dark:border-white/15">
              <summary className="cursor-pointer font-semibold">تصفية النتائج{active.length > 0 && ` (${formatNumber(active.length, settings)})`}</summary>
              <div className="mt-3">{filters("narrow")}</div>
            </details>
          </>
        )}
        <div className={hasFacets ? "" : "md:col-span-2"}>
          {beyondLastPage ? (
            <p className="mt-6">
              لا توجد صفحة بهذا الرقم.{" "}
              <Link href={searchHrefWith(params, { page: result.page.pages })} className="text-accent underline underline-offset-4">
                الذهاب إلى الصفحة الأخيرة ({formatNumber(result.page.pages, settings)})
              </Link>
            </p>
          ) : empty ? (
            <SearchEmpty params={params} names={suggestions} popular={popular} relaxed={relaxed} active={active} />
          ) : (
            <>
              <SearchResults hits={result.hits} settings={settings} firstIndex={(params.page - 1) * params.pageSize + 1} />
              <SearchPager params={params} pages={result.page.pages} settings={settings} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

function countLine(total: { value: number; exact: boolean }, s: DisplaySettings): string {
  if (total.value === 0) return "لا نتائج";
  return total.exact ? `${formatNumber(total.value, s)} نتيجة` : `أكثر من ${formatNumber(total.value, s)} نتيجة (رُتّبت أول ${formatNumber(total.value, s)} مطابقة)`;
}

function SearchPager({ params, pages, settings }: { params: SearchParams; pages: number; settings: DisplaySettings }) {
  if (pages <= 1) return null;
  const link = "rounded border border-black/20 px-3 py-1 text-accent hover:bg-accent/10 dark:border-white/25";
  const p = params.page;
  return (
    <nav aria-label="صفحات نتائج البحث" className="mt-8 flex items-center justify-between gap-3 text-sm" data-testid="search-pager">
      {p > 1 ? (
        <Link href={searchHrefWith(params, { page: p - 1 })} rel="prev" className={link}>
          السابق
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        الصفحة {formatNumber(p, settings)} من {formatNumber(pages, settings)}
      </span>
      {p < pages ? (
        <Link href={searchHrefWith(params, { page: p + 1 })} rel="next" className={link}>
          التالي
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

function activeFilters(p: SearchParams, names: { outlet?: string; person?: string; event?: string }, s: DisplaySettings): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  if (p.outlet) out.push({ key: "outlet", label: `المصدر: ${names.outlet}` });
  if (p.person) out.push({ key: "person", label: `الشخص: ${names.person}` });
  if (p.event) out.push({ key: "event", label: `الحدث: ${names.event}` });
  if (p.from) out.push({ key: "from", label: `من ${formatArabicDate(startOf(p.from), s)}` });
  if (p.to) out.push({ key: "to", label: `إلى ${formatArabicDate(endOf(p.to), s)}` });
  if (p.basis) out.push({ key: "basis", label: `أساس التاريخ: ${DATE_BASIS_LABELS[p.basis]}` });
  return out;
}
