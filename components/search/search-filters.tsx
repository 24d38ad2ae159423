import Link from "next/link";
import type { FacetCount, SearchResult } from "@/lib/data/search";
import { formatNumber } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import { DATE_BASES, DATE_BASIS_LABELS } from "@/lib/enums/date-basis";
import { labelOf } from "@/lib/enums/values";
import type { SearchParams } from "@/lib/params/search";
import { searchHrefWith } from "@/lib/params/search-url";
import { endOf, startOf } from "@/lib/params/dates";

type FacetKey = "outlet" | "person" | "event" | "basis";
const GROUPS: Array<{ key: FacetKey; facet: keyof SearchResult["facets"]; title: string }> = [
  { key: "outlet", facet: "outlets", title: "المصدر" },
  { key: "person", facet: "people", title: "الأشخاص" },
  { key: "event", facet: "events", title: "الحدث" },
  { key: "basis", facet: "dateBasis", title: "أساس التاريخ" },
];

const basisLabel = (id: string) => labelOf(DATE_BASIS_LABELS, id);
const field = "mt-1 w-full rounded border border-black/20 bg-paper p-2 dark:border-white/25";

/**
 * Facets with counts (each a link that sets or clears its filter) and the date range form. Rendered as a
 * side column on wide screens and inside a <details> on phones (the page chooses), all plain links and GET.
 */
export function SearchFilters({ params, facets, settings, idPrefix }: { params: SearchParams; facets: SearchResult["facets"]; settings: DisplaySettings; idPrefix: string }) {
  return (
    <div className="space-y-5 text-sm">
      {GROUPS.map(({ key, facet, title }) => {
        const items = withSelected(facets[facet], params[key], key);
        if (items.length === 0) return null;
        const headingId = `${idPrefix}-facet-${key}`;
        return (
          <section key={key} aria-labelledby={headingId}>
            <h2 id={headingId} className="font-bold">
              {title}
            </h2>
            <ul className="mt-1 space-y-1" data-facet={key}>
              {items.map((f) => {
                const selected = params[key] === f.id;
                const label = key === "basis" ? basisLabel(f.id) : f.label;
                return (
                  <li key={f.id}>
                    <Link
                      href={searchHrefWith(params, { [key]: selected ? undefined : f.id })}
                      className={`flex items-baseline gap-2 rounded px-1 py-0.5 hover:bg-accent/10 ${selected ? "font-semibold text-ink" : "text-accent"}`}
                      data-selected={selected || undefined}
                    >
                      <span aria-hidden="true" className="inline-block w-4 shrink-0 text-center">
                        {selected ? "☑" : "☐"}
                      </span>
                      <span className="grow">
                        {label}
                        {selected && <span className="sr-only"> (مختار، اضغط للإلغاء)</span>}
                      </span>
                      <span className="text-muted" data-testid="facet-count">
                        {f.count > 0 ? formatNumber(f.count, settings) : ""}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <DateForm params={params} idPrefix={idPrefix} />
    </div>
  );
}

/** The selected value stays listed (so it can be cleared) even when the facet does not count it. */
function withSelected(items: FacetCount[], selected: string | undefined, key: FacetKey): FacetCount[] {
  if (!selected || items.some((f) => f.id === selected)) return items;
  return [{ id: selected, label: key === "basis" ? basisLabel(selected) : selected, count: 0 }, ...items];
}

function DateForm({ params, idPrefix }: { params: SearchParams; idPrefix: string }) {
  const hidden: Array<[string, string | undefined]> = [
    ["q", params.q],
    ["outlet", params.outlet],
    ["person", params.person],
    ["event", params.event],
    ["sort", params.sort === "relevance" ? undefined : params.sort],
  ];
  const day = (v: string | undefined, end: boolean) => (!v ? "" : end ? endOf(v) : startOf(v));
  return (
    <form method="get" action="/search" aria-labelledby={`${idPrefix}-dates`} className="space-y-2">
      <h2 id={`${idPrefix}-dates`} className="font-bold">
        التاريخ
      </h2>
      {hidden.map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
      <label className="block">
        من
        <input type="date" name="from" defaultValue={day(params.from, false)} min="2011-01-01" max="2030-12-31" className={field} />
      </label>
      <label className="block">
        إلى
        <input type="date" name="to" defaultValue={day(params.to, true)} min="2011-01-01" max="2030-12-31" className={field} />
      </label>
      <label className="block">
        أساس التاريخ
        <select name="basis" defaultValue={params.basis ?? ""} className={field}>
          <option value="">الكل</option>
          {DATE_BASES.map((b) => (
            <option key={b} value={b}>
              {basisLabel(b)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-accent px-4 py-1.5 font-semibold text-paper">
        تطبيق التاريخ
      </button>
    </form>
  );
}
