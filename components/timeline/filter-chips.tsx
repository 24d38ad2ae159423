// The timeline's filters as a compact bar of chips: the active ones with a link that removes each, and one
// chip per kind of filter that opens a small GET form (participants, places, kinds, outlets, countries,
// outlet types, dates with Arabic month names, title words, order). Every choice lands in the URL, the
// page redirects to its canonical form, and nothing needs JavaScript. The panels open over the content,
// so the page never moves when one opens.
import Link from "next/link";
import type { ReactNode } from "react";
import type { TimelineFacets } from "@/lib/data/timeline";
import { countryLabel } from "@/lib/enums/country";
import { UNKNOWN_COUNTRY_LABEL } from "@/lib/web/coverage-series";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { OUTLET_TYPE_LABELS } from "@/lib/enums/outlet-type";
import { formatArabicMonth, formatShortDate } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import { displayParams, isDefaultDisplay, type DisplaySettings } from "@/lib/display/settings";
import { timelinePageHref, timelinePageParams, type TimelineFilters, type TimelinePage } from "@/lib/params/timeline";

const countryName = (code: string) => countryLabel(code) ?? UNKNOWN_COUNTRY_LABEL;

interface ChipsProps {
  view: TimelinePage;
  facets: TimelineFacets;
  display: DisplaySettings;
  /** Names of the people and outlets the filters name (also when the filtered set no longer holds them). */
  names: { people: Map<string, string>; outlets: Map<string, string> };
  /** Every month with events, for the date selects. */
  months: string[];
}

const field = "mt-1 w-full rounded border border-black/20 bg-paper p-2 dark:border-white/25";
const chip = "inline-flex min-h-10 items-center gap-1 rounded-full border px-3 text-sm";

/** The hidden fields that keep the rest of the view when one filter is chosen (the page and the date range's pair left out). */
function Keep({ view, without, display }: { view: TimelinePage; without: string[]; display: DisplaySettings }) {
  const params = timelinePageParams({ ...view, page: 1 });
  const kept = [...params.entries()].filter(([k]) => !without.includes(k));
  const settings: Array<[string, string]> = isDefaultDisplay(display) ? [] : Object.entries(displayParams(display)).flatMap(([k, v]) => (v ? [[k, v] as [string, string]] : []));
  return (
    <>
      {[...kept, ...settings].map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}

function Panel({ title, children, active }: { title: string; children: ReactNode; active: boolean }) {
  return (
    // On a phone the panel spans the chips bar (a chip near the edge would push it off the screen); from
    // the small breakpoint it hangs from its chip. Closed, it takes no layout at all.
    <details className="group sm:relative" data-chip={title}>
      <summary
        className={`${chip} cursor-pointer list-none ${active ? "border-accent text-accent" : "border-black/20 text-ink dark:border-white/25"} group-open:bg-accent/10 [&::-webkit-details-marker]:hidden`}
      >
        {title} <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute inset-x-0 z-20 mt-1 hidden rounded-lg border border-black/15 bg-paper p-3 shadow-lg group-open:block sm:inset-x-auto sm:start-0 sm:w-72 sm:max-w-[calc(100vw-2rem)] dark:border-white/20">
        {children}
      </div>
    </details>
  );
}

function ChipForm({ view, display, without, children }: { view: TimelinePage; display: DisplaySettings; without: string[]; children: ReactNode }) {
  return (
    <form method="get" action="/" className="space-y-3 text-sm">
      <Keep view={view} without={without} display={display} />
      {children}
      <button type="submit" className="min-h-10 rounded bg-accent px-4 font-semibold text-paper">
        تطبيق
      </button>
    </form>
  );
}

/** Months from the first to the last, each with its Arabic name, plus a day the URL holds (a brushed range). */
function monthOptions(months: string[], chosen: string | undefined, display: DisplaySettings) {
  const options = months.map((m) => ({ value: m, label: formatArabicMonth(`${m}-01`, display) }));
  if (chosen && !months.includes(chosen))
    options.push({ value: chosen, label: chosen.length === 10 ? formatShortDate(chosen, display) : formatArabicMonth(`${chosen}-01`, display) });
  return options.sort((a, b) => a.value.localeCompare(b.value));
}

export function FilterChips({ view, facets, display, names, months }: ChipsProps) {
  const f = view.filters;
  const n = (x: number) => formatNumber(x, display);
  const without = (change: Partial<TimelineFilters>) => timelinePageHref({ ...view, page: 1, filters: { ...f, ...change } }, display);
  const active: Array<{ label: string; href: string }> = [
    ...f.participants.map((id) => ({ label: `المشارك: ${names.people.get(id) ?? id}`, href: without({ participants: f.participants.filter((p) => p !== id) }) })),
    ...(f.place ? [{ label: `المكان: ${f.place}`, href: without({ place: undefined }) }] : []),
    ...(f.kind ? [{ label: `النوع: ${EVENT_KIND_LABELS[f.kind]}`, href: without({ kind: undefined }) }] : []),
    ...(f.outlet ? [{ label: `المصدر: ${names.outlets.get(f.outlet) ?? f.outlet}`, href: without({ outlet: undefined }) }] : []),
    ...(f.countries ?? []).map((c) => ({ label: `البلد: ${countryName(c)}`, href: without({ countries: f.countries!.filter((x) => x !== c) }) })),
    ...(f.outletTypes ?? []).map((t) => ({ label: `نوع المصدر: ${OUTLET_TYPE_LABELS[t]}`, href: without({ outletTypes: f.outletTypes!.filter((x) => x !== t) }) })),
    ...(f.from || f.to
      ? [
          {
            label: `الفترة: ${f.from ? (f.from.length === 10 ? formatShortDate(f.from, display) : formatArabicMonth(`${f.from}-01`, display)) : "…"} – ${f.to ? (f.to.length === 10 ? formatShortDate(f.to, display) : formatArabicMonth(`${f.to}-01`, display)) : "…"}`,
            href: without({ from: undefined, to: undefined }),
          },
        ]
      : []),
    ...(f.q ? [{ label: `في العناوين: ${f.q}`, href: without({ q: undefined }) }] : []),
  ];
  return (
    <div role="search" aria-label="تصفية الخط الزمني" className="relative mt-3 space-y-2" data-testid="filter-chips">
      {active.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="التصفية الحالية">
          {active.map((a) => (
            <li key={a.label}>
              <Link href={a.href} className={`${chip} border-accent bg-accent/10 text-ink`} aria-label={`إزالة ${a.label}`} scroll={false} prefetch={false}>
                {a.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
          {active.length > 1 && (
            <li>
              <Link
                href={timelinePageHref({ ...view, page: 1, filters: { participants: [], sort: f.sort } }, display)}
                className={`${chip} border-transparent text-accent underline`}
                prefetch={false}
              >
                إلغاء التصفية
              </Link>
            </li>
          )}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        <Panel title="المشاركون" active={f.participants.length > 0}>
          <ChipForm view={view} display={display} without={["participant"]}>
            {f.participants.slice(1).map((id) => (
              <input key={id} type="hidden" name="participant" value={id} />
            ))}
            <div>
              <label htmlFor="filter-participant" className="block">
                مشارك
              </label>
              <select id="filter-participant" name="participant" defaultValue={f.participants[0] ?? ""} className={field}>
                <option value="">الكل</option>
                {facets.participants.map((p) => (
                  <option key={p.id} value={p.id}>{`${p.nameAr} (${n(p.events)})`}</option>
                ))}
              </select>
            </div>
          </ChipForm>
        </Panel>
        <Panel title="المكان" active={Boolean(f.place)}>
          <ChipForm view={view} display={display} without={["place"]}>
            <div>
              <label htmlFor="filter-place" className="block">
                مكان الحدث
              </label>
              <select id="filter-place" name="place" defaultValue={f.place ?? ""} className={field}>
                <option value="">الكل</option>
                {facets.places.map((p) => (
                  <option key={p.place} value={p.place}>{`${p.place} (${n(p.events)})`}</option>
                ))}
              </select>
            </div>
          </ChipForm>
        </Panel>
        <Panel title="النوع" active={Boolean(f.kind)}>
          <ChipForm view={view} display={display} without={["kind"]}>
            <div>
              <label htmlFor="filter-kind" className="block">
                نوع الحدث
              </label>
              <select id="filter-kind" name="kind" defaultValue={f.kind ?? ""} className={field}>
                <option value="">الكل</option>
                {facets.kinds.map((k) => (
                  <option key={k.kind} value={k.kind}>{`${EVENT_KIND_LABELS[k.kind]} (${n(k.events)})`}</option>
                ))}
              </select>
            </div>
          </ChipForm>
        </Panel>
        <Panel title="المصدر" active={Boolean(f.outlet)}>
          <ChipForm view={view} display={display} without={["outlet"]}>
            <div>
              <label htmlFor="filter-outlet" className="block">
                المصدر
              </label>
              <select id="filter-outlet" name="outlet" defaultValue={f.outlet ?? ""} className={field}>
                <option value="">الكل</option>
                {facets.outlets.map((o) => (
                  <option key={o.id} value={o.id}>{`${o.nameAr} (${n(o.articles)})`}</option>
                ))}
              </select>
            </div>
          </ChipForm>
        </Panel>
        <Panel title="البلد" active={Boolean(f.countries?.length)}>
          <ChipForm view={view} display={display} without={["country"]}>
            <fieldset>
              <legend>بلد المصدر</legend>
              {facets.countries.map((c) => (
                <label key={c.country} className="flex min-h-8 items-center gap-2">
                  <input type="checkbox" name="country" value={c.country} defaultChecked={f.countries?.includes(c.country)} />
                  {`${countryName(c.country)} (${n(c.articles)})`}
                </label>
              ))}
            </fieldset>
          </ChipForm>
        </Panel>
        <Panel title="نوع المصدر" active={Boolean(f.outletTypes?.length)}>
          <ChipForm view={view} display={display} without={["outletType"]}>
            <fieldset>
              <legend>نوع المصدر</legend>
              {facets.outletTypes.map((t) => (
                <label key={t.type} className="flex min-h-8 items-center gap-2">
                  <input type="checkbox" name="outletType" value={t.type} defaultChecked={f.outletTypes?.includes(t.type)} />
                  {`${OUTLET_TYPE_LABELS[t.type]} (${n(t.articles)})`}
                </label>
              ))}
            </fieldset>
          </ChipForm>
        </Panel>
        <Panel title="الفترة" active={Boolean(f.from || f.to)}>
          <ChipForm view={view} display={display} without={["from", "to"]}>
            <div>
              <label htmlFor="filter-from" className="block">
                من
              </label>
              <select id="filter-from" name="from" defaultValue={f.from ?? ""} className={field}>
                <option value="">البداية</option>
                {monthOptions(months, f.from, display).map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-to" className="block">
                إلى
              </label>
              <select id="filter-to" name="to" defaultValue={f.to ?? ""} className={field}>
                <option value="">النهاية</option>
                {monthOptions(months, f.to, display).map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </select>
            </div>
          </ChipForm>
        </Panel>
        <Panel title="بحث" active={Boolean(f.q)}>
          <ChipForm view={view} display={display} without={["q"]}>
            <div>
              <label htmlFor="filter-q" className="block">
                بحث في العناوين
              </label>
              <input id="filter-q" type="search" name="q" defaultValue={f.q ?? ""} maxLength={200} className={field} />
            </div>
          </ChipForm>
        </Panel>
        <Panel title={f.sort === "desc" ? "الأحدث أولًا" : "الأقدم أولًا"} active={false}>
          <ChipForm view={view} display={display} without={["sort"]}>
            <div>
              <label htmlFor="filter-sort" className="block">
                الترتيب
              </label>
              <select id="filter-sort" name="sort" defaultValue={f.sort} className={field}>
                <option value="asc">الأقدم أولًا</option>
                <option value="desc">الأحدث أولًا</option>
              </select>
            </div>
          </ChipForm>
        </Panel>
      </div>
    </div>
  );
}
