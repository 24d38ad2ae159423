import type { Comparison } from "@/lib/compare/types";
import { formatNumber } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import { CLASS_GLYPHS, CLASS_HINTS, CLASS_LABELS, CLASS_ORDER, CLASS_STYLES } from "./sentence-classes";

/** What the colours, underlines and glyphs mean, with how many sentences of all the columns are in each class. */
export function CompareLegend({ comparison, settings }: { comparison: Comparison; settings: DisplaySettings }) {
  return (
    <section aria-labelledby="legend-title" className="mt-4 rounded-lg border border-black/10 p-3 dark:border-white/15" data-testid="legend">
      <h2 id="legend-title" className="text-base font-bold">
        دليل الألوان
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {CLASS_ORDER.map((c) => {
          const count = comparison.articles.reduce((n, a) => n + a.classCounts[c], 0);
          return (
            <li key={c} data-legend={c} title={CLASS_HINTS[c]}>
              <span className={`rounded-sm px-1 text-ink underline-offset-[6px] ${CLASS_STYLES[c]}`}>
                <span aria-hidden="true" className="me-1 font-bold">
                  {CLASS_GLYPHS[c]}
                </span>
                {CLASS_LABELS[c]}
              </span>{" "}
              <span data-testid={`legend-count-${c}`}>({formatNumber(count, settings)})</span>
              <span className="sr-only">: {CLASS_HINTS[c]}</span>
            </li>
          );
        })}
        <li className="text-muted">
          في الجمل شبه المتطابقة: <del className="rounded-sm bg-rose-100 text-ink dark:bg-rose-950">كلمات ليست في المقابل</del>{" "}
          <ins className="rounded-sm bg-lime-200 text-ink no-underline outline outline-1 outline-lime-800 dark:bg-lime-900 dark:outline-lime-300">كلمات زائدة</ins>
        </li>
      </ul>
    </section>
  );
}
