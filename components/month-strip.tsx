import type { TimelineFacets } from "@/lib/data/timeline";
import { formatArabicMonth } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import { DEFAULT_DISPLAY, type DisplaySettings } from "@/lib/display/settings";

/** Every month from the first event to the last, empty ones included, so gaps in the talks show. */
function allMonths(months: TimelineFacets["months"]): TimelineFacets["months"] {
  if (months.length === 0) return [];
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const sorted = months.map((m) => m.month).sort();
  const out: TimelineFacets["months"] = [];
  let [y, m] = sorted[0]!.split("-").map(Number) as [number, number];
  for (let key = sorted[0]!; key <= sorted.at(-1)!;) {
    out.push(byMonth.get(key) ?? { month: key, events: 0, articles: 0 });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    key = `${y}-${String(m).padStart(2, "0")}`;
  }
  return out;
}

/**
 * Events per month as small bars: the rhythm of the talks at a glance; each bar jumps to its month,
 * on the page of the timeline that holds it (`hrefOf`; by default an anchor on this page).
 */
export function MonthStrip({
  months,
  hrefOf = (month) => `#month-${month}`,
  display = DEFAULT_DISPLAY,
}: {
  months: TimelineFacets["months"];
  hrefOf?: (month: string) => string;
  display?: DisplaySettings;
}) {
  const span = allMonths(months);
  if (span.length < 2) return null;
  const max = Math.max(...span.map((m) => m.events));
  return (
    <nav aria-label="الأحداث في كل شهر" className="mt-4 overflow-x-auto">
      <ol className="flex h-16 items-end gap-px border-b border-black/20 dark:border-white/25" data-testid="month-strip">
        {span.map((m) => {
          const label = `${formatArabicMonth(`${m.month}-01`, display)}: ${formatNumber(m.events, display)} حدث، ${formatNumber(m.articles, display)} مقال`;
          return (
            <li key={m.month} className="flex h-full min-w-2 max-w-8 flex-1 items-end" title={label}>
              {m.events > 0 ? (
                <a
                  href={hrefOf(m.month)}
                  aria-label={label}
                  className="block w-full rounded-t bg-accent/60 hover:bg-accent focus-visible:bg-accent"
                  style={{ height: `${Math.max(15, (100 * m.events) / max)}%` }}
                />
              ) : (
                <span className="sr-only">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
