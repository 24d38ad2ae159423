import type { TimelineFacets } from "@/lib/data/timeline";
import { formatArabicMonth } from "@/lib/display/dates";

/** Events per month as small bars: the rhythm of the talks at a glance; each bar jumps to its month. */
export function MonthStrip({ months }: { months: TimelineFacets["months"] }) {
  if (months.length < 2) return null;
  const max = Math.max(...months.map((m) => m.events));
  return (
    <nav aria-label="الأحداث في كل شهر" className="mt-4 overflow-x-auto">
      <ol className="flex h-20 items-end gap-1" data-testid="month-strip">
        {months.map((m) => {
          const label = `${formatArabicMonth(`${m.month}-01`)}: ${m.events} حدث، ${m.articles} مقال`;
          return (
            <li key={m.month} className="flex h-full min-w-5 flex-1 items-end">
              <a href={`#month-${m.month}`} aria-label={label} title={label} className="block w-full rounded-t bg-accent/60 hover:bg-accent focus-visible:bg-accent" style={{ height: `${Math.max(12, (100 * m.events) / max)}%` }} />
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
