import Link from "next/link";
import { titleText } from "@/lib/display/title";
import { compareHref } from "@/lib/params/compare";
import type { Comparison } from "@/lib/compare/types";
import { ShareLink } from "@/components/share-link";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { outletOf } from "./compare-columns";

const button = "rounded border border-accent px-2 py-0.5 text-sm text-accent";

/** Reorder, remove and share. Every control is a link to another URL of this view (data-keep-s: the
 *  interaction component keeps their ?s= in step with the selection). */
export function CompareControls({ comparison, selected, settings }: { comparison: Comparison; selected?: string; settings: DisplaySettings }) {
  const ids = comparison.articles.map((a) => a.id);
  const href = (articles: number[]) =>
    withDisplayParams(compareHref({ articles, sentence: selected && articles.includes(Number(selected.split("-")[0])) ? selected : undefined }), settings);
  const swapped = ids.length === 2 ? [ids[1]!, ids[0]!] : [...ids].reverse();
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2" data-testid="compare-controls">
      <Link href={href(swapped)} data-keep-s="" className={button} data-testid="swap">
        {ids.length === 2 ? "تبديل العمودين" : "اعكس ترتيب الأعمدة"}
      </Link>
      <ul className="flex flex-wrap gap-2" aria-label="إزالة مقال من المقارنة">
        {comparison.articles.map((a) => (
          <li key={a.id}>
            <Link href={href(ids.filter((id) => id !== a.id))} data-keep-s="" className={button} aria-label={`أزل ${outletOf(a)}: ${titleText(a.title)}`}>
              أزل {outletOf(a)}
            </Link>
          </li>
        ))}
      </ul>
      <ShareLink title="مقارنة التغطية" display={settings} />
    </div>
  );
}
