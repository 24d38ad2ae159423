import Link from "next/link";
import type { SearchParams } from "@/lib/params/search";
import { searchHrefWith } from "@/lib/params/search-url";
import { SuggestInput } from "./suggest-input";

export interface ActiveFilter {
  key: "outlet" | "person" | "event" | "from" | "to" | "basis" | "window" | "dates" | "partial";
  label: string;
  /** What removing it changes (default: the parameter of its key unset). */
  remove?: Partial<SearchParams>;
}

/** Filters that are parameters of their own and travel as hidden fields (the window comes from the query's words). */
const HIDDEN = new Set<ActiveFilter["key"]>(["outlet", "person", "event", "from", "to", "basis", "dates", "partial"]);

/**
 * The page's search box: a GET form to /search. The active filters travel as hidden fields (a new query
 * keeps them) and are listed with a link that removes each one.
 */
export function SearchForm({ params, active }: { params: SearchParams; active: ActiveFilter[] }) {
  return (
    <form method="get" action="/search" role="search" aria-label="البحث وتصفية النتائج" className="mt-4" data-testid="search-form">
      <div className="flex flex-wrap items-stretch gap-2">
        <SuggestInput
          name="q"
          defaultValue={params.q}
          label="نص البحث"
          placeholder='مثال: لافروف جنيف، "وقف إطلاق النار"، Kerry'
          className="w-full rounded border border-black/25 bg-paper px-3 py-2 text-lg dark:border-white/30"
        />
        <label className="flex items-center gap-2 text-sm">
          الترتيب
          <select name="sort" defaultValue={params.sort} className="rounded border border-black/20 bg-paper p-2 dark:border-white/25">
            <option value="relevance">الأكثر صلة</option>
            <option value="date">الأحدث أولًا</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-paper">
          بحث
        </button>
      </div>
      {active.flatMap((f) => (HIDDEN.has(f.key) ? [<input key={f.key} type="hidden" name={f.key} value={params[f.key as keyof SearchParams] ?? ""} />] : []))}
      {active.length > 0 && (
        <ul aria-label="التصفية المطبقة" className="mt-3 flex flex-wrap gap-2 text-sm" data-testid="active-filters">
          {active.map((f) => (
            <li key={f.key} className="flex items-center gap-2 rounded-full border border-accent/40 px-3 py-0.5" data-filter={f.key}>
              <span>{f.label}</span>
              <Link href={searchHrefWith(params, f.remove ?? { [f.key]: undefined })} className="text-accent underline underline-offset-4" aria-label={`إزالة التصفية: ${f.label}`}>
                إزالة
              </Link>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
