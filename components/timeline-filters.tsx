import Link from "next/link";
import type { TimelineFacets } from "@/lib/data/timeline";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { formatNumber } from "@/lib/display/numbers";
import { displayParams, isDefaultDisplay, withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import type { TimelineFilters as Filters } from "@/lib/params/timeline";

const field = "mt-1 w-full rounded border border-black/20 bg-paper p-2 dark:border-white/25";

/**
 * A plain GET form: every choice lands in the URL, so the view works without JavaScript and a
 * copied link reopens it. The page redirects to the canonical form of that URL.
 */
export function TimelineFilters({ filters, facets, display }: { filters: Filters; facets: TimelineFacets; display: DisplaySettings }) {
  const [participant, ...moreParticipants] = filters.participants;
  const n = (x: number) => formatNumber(x, display);
  return (
    <form
      method="get"
      action="/"
      role="search"
      aria-label="تصفية الخط الزمني"
      className="mt-4 grid grid-cols-2 gap-3 rounded-lg border border-black/10 p-4 text-sm sm:grid-cols-4 dark:border-white/15"
    >
      <label className="col-span-2 sm:col-span-4">
        بحث في العناوين
        <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={200} className={field} />
      </label>
      <label>
        مشارك
        <select name="participant" defaultValue={participant ?? ""} className={field}>
          <option value="">الكل</option>
          {facets.participants.map((p) => (
            <option key={p.id} value={p.id}>{`${p.nameAr} (${n(p.events)})`}</option>
          ))}
        </select>
      </label>
      {moreParticipants.map((id) => (
        <input key={id} type="hidden" name="participant" value={id} />
      ))}
      {/* The reader's settings travel with the filters, so the filtered URL still holds the whole view. */}
      {!isDefaultDisplay(display) && Object.entries(displayParams(display)).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <label>
        المصدر
        <select name="outlet" defaultValue={filters.outlet ?? ""} className={field}>
          <option value="">الكل</option>
          {facets.outlets.map((o) => (
            <option key={o.id} value={o.id}>{`${o.nameAr} (${n(o.articles)})`}</option>
          ))}
        </select>
      </label>
      <label>
        النوع
        <select name="kind" defaultValue={filters.kind ?? ""} className={field}>
          <option value="">الكل</option>
          {facets.kinds.map((k) => (
            <option key={k.kind} value={k.kind}>{`${EVENT_KIND_LABELS[k.kind]} (${n(k.events)})`}</option>
          ))}
        </select>
      </label>
      <label>
        الترتيب
        <select name="sort" defaultValue={filters.sort} className={field}>
          <option value="asc">الأقدم أولًا</option>
          <option value="desc">الأحدث أولًا</option>
        </select>
      </label>
      <label>
        من تاريخ
        <input
          type="date"
          name="from"
          defaultValue={filters.from?.length === 10 ? filters.from : filters.from ? `${filters.from}-01` : ""}
          min="2011-01-01"
          max="2030-12-31"
          className={field}
        />
      </label>
      <label>
        إلى تاريخ
        <input type="date" name="to" defaultValue={filters.to?.length === 10 ? filters.to : ""} min="2011-01-01" max="2030-12-31" className={field} />
      </label>
      <div className="col-span-2 flex items-end gap-3">
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-paper">
          تطبيق
        </button>
        <Link href={withDisplayParams("/", display)} className="py-2 text-accent underline underline-offset-4">
          إلغاء التصفية
        </Link>
      </div>
    </form>
  );
}
