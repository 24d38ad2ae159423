import "./compare.css";
import { UNKNOWN_OUTLET } from "@/lib/display/outlet";
import { titleText } from "@/lib/display/title";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { CompareColumns } from "@/components/compare/compare-columns";
import { CompareControls } from "@/components/compare/compare-controls";
import { CompareInteractions } from "@/components/compare/compare-interactions";
import { CompareLegend } from "@/components/compare/compare-legend";
import { ComparePicker } from "@/components/compare/compare-picker";
import { CompareSummary } from "@/components/compare/compare-summary";
import { displaySettings } from "@/lib/web/display-settings";
import { compareHref, MAX_ARTICLES, parseCompareParams } from "@/lib/params/compare";
import { getCompareInputs, getComparison, MAX_TITLE_QUERY, searchArticleTitles } from "@/lib/data/compare";
import { formatNumber, localizeDigits } from "@/lib/display/numbers";
import { DISPLAY_PARAMS, withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { cleanParam, type SearchParamsInput } from "@/lib/params/timeline";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "مقارنة التغطية", description: "مقارنة مقالين أو ثلاثة جملةً بجملة: ما تشترك فيه المصادر وما ينفرد به كل منها." };

const first = (raw: SearchParamsInput, key: string): string | undefined => {
  const v = raw instanceof URLSearchParams ? raw.get(key) : raw[key];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
};
/** Parameters a canonical redirect keeps: the picker's search and the display settings (lib/display/settings.ts). */
function keptParams(raw: SearchParamsInput, add: string): string {
  const kept = new URLSearchParams();
  if (add) kept.set("add", add);
  for (const key of DISPLAY_PARAMS) {
    const v = first(raw, key);
    if (v) kept.set(key, v);
  }
  return kept.size ? `&${kept}` : "";
}
/** The picker's title search: cleaned and cut to the length the search accepts; anything else is no search. */
const AddQuery = z
  .string()
  .transform((s) => cleanParam(s).slice(0, MAX_TITLE_QUERY))
  .catch("");
/** A lenient read of ?articles= for the states the strict parser refuses (one id, more than three). */
const LooseIds = z
  .string()
  .transform((s) => s.split(/[,،\s]+/).filter(Boolean))
  .pipe(
    z.array(
      z
        .string()
        .regex(/^\d{1,9}$/)
        .transform(Number)
        .refine((n) => n >= 1),
    ),
  )
  .transform((ids) => [...new Set(ids)]);

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const raw = await searchParams;
  const settings = await displaySettings();
  const add = AddQuery.parse(first(raw, "add") ?? "");
  const parsed = parseCompareParams(raw);

  if (!parsed.ok) {
    const loose = LooseIds.safeParse(first(raw, "articles") ?? "");
    if (loose.success && loose.data.length > MAX_ARTICLES) redirect(withDisplayParams(compareHref({ articles: loose.data.slice(0, MAX_ARTICLES) }), settings));
    if (loose.success && loose.data.length >= 2) redirect(withDisplayParams(compareHref({ articles: loose.data }), settings)); // only ?s= was wrong: drop it
    if (loose.success) return <Choose ids={loose.data} add={add} settings={settings} />;
    return <Choose ids={[]} add={add} settings={settings} errors={parsed.errors.map((e) => e.message)} />;
  }

  // One URL per view: separators, repeats and padded sentence ids are written the canonical way.
  const { selection } = parsed;
  const canonicalArticles = selection.articles.join(",");
  if (first(raw, "articles") !== canonicalArticles || (first(raw, "s") ?? undefined) !== selection.sentence) {
    redirect(parsed.canonical + keptParams(raw, add));
  }

  const result = await getComparison(selection.articles);
  if (!result.ok) return <Missing ids={selection.articles} missing={result.missing} settings={settings} />;
  const { comparison } = result;
  const all = comparison.articles.flatMap((a) => a.sentences);
  const selected = selection.sentence ? all.find((s) => s.id === selection.sentence) : undefined;
  if (selection.sentence && !selected) redirect(withDisplayParams(compareHref({ articles: selection.articles }), settings));
  const hits = add ? await searchArticleTitles(add, 10, selection.articles) : [];

  return (
    <div className="compare-wide" data-compare-root>
      <h1 className="text-2xl font-bold">مقارنة التغطية</h1>
      <p className="mt-1 text-muted">
        {formatNumber(comparison.articles.length, settings)} مقالات جنبًا إلى جنب، الأول على اليمين. مرّر المؤشر على جملة أو انتقل إليها لترى مقابلها في العمود الآخر، واضغطها
        لتثبيتها في الرابط.
      </p>
      <CompareControls comparison={comparison} selected={selected?.id} settings={settings} />
      <CompareLegend comparison={comparison} settings={settings} />
      <p id="compare-keys" className="mt-2 text-sm text-muted" data-testid="keyboard-help">
        لوحة المفاتيح: السهمان ↓ ↑ للجملة التالية والسابقة في العمود، j و k للجملة التالية والسابقة التي لها مقابل، ← → لمقابلها في العمود المجاور، Enter لتثبيتها في الرابط.
      </p>
      <CompareColumns comparison={comparison} settings={settings} selected={selected?.id} activeArticle={selected?.articleId ?? comparison.articles[0]!.id} />
      <ComparePicker articles={selection.articles} query={add} hits={hits} settings={settings} />
      <CompareSummary comparison={comparison} settings={settings} />
      <CompareInteractions />
    </div>
  );
}

/** Fewer than two articles chosen (or an unreadable ?articles=): say what is needed and offer the picker. */
async function Choose({ ids, add, settings, errors = [] }: { ids: number[]; add: string; settings: DisplaySettings; errors?: string[] }) {
  const [chosen, hits] = await Promise.all([ids.length ? getCompareInputs(ids) : [], add ? searchArticleTitles(add, 10, ids) : []]);
  return (
    <div className="mx-auto max-w-[68ch]">
      <h1 className="text-2xl font-bold">مقارنة التغطية</h1>
      {errors.length > 0 ? (
        <div role="alert" className="mt-4 rounded-lg border border-amber-700/50 p-4" data-testid="compare-error">
          <p className="font-semibold">تعذّر فهم رابط المقارنة:</p>
          <ul className="ms-5 mt-1 list-disc">
            {errors.map((m) => (
              <li key={m}>{localizeDigits(m, settings)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div role="status" className="mt-4 rounded-lg border border-dashed border-black/20 p-6 dark:border-white/20" data-testid="compare-empty">
          <p className="text-lg font-semibold">{chosen.length ? "أضف مقالًا آخر على الأقل للمقارنة" : "اختر مقالين أو ثلاثة للمقارنة"}</p>
          <p className="mt-2 text-muted">تُقارن المقالات جملةً بجملة: ما تنقله كلها، وما ينفرد به كل مصدر، ومن تقتبس، وأي الكلمات تختار.</p>
          {chosen.length > 0 && (
            <p className="mt-3">
              المقال المختار:{" "}
              <Link href={withDisplayParams(`/articles/${chosen[0]!.id}`, settings)} className="text-accent underline underline-offset-4">
                {titleText(chosen[0]!.title)}
              </Link>{" "}
              <span className="text-muted">({chosen[0]!.outlet ?? UNKNOWN_OUTLET})</span>
            </p>
          )}
        </div>
      )}
      <ComparePicker articles={chosen.map((a) => a.id)} query={add} hits={hits} settings={settings} />
      <p className="mt-6 text-sm text-muted">
        يمكنك أيضًا فتح حدث من{" "}
        <Link href={withDisplayParams("/", settings)} className="text-accent underline underline-offset-4">
          الخط الزمني
        </Link>{" "}
        واختيار «قارن التغطية».
      </p>
    </div>
  );
}

/** Some of the chosen articles do not exist: name them, and offer the comparison without them. */
function Missing({ ids, missing, settings }: { ids: number[]; missing: number[]; settings: DisplaySettings }) {
  const found = ids.filter((id) => !missing.includes(id));
  return (
    <div className="mx-auto max-w-[68ch] py-8 text-center" data-testid="compare-missing">
      <h1 className="text-3xl font-bold">مقالات غير موجودة</h1>
      <p className="mt-3 text-muted">لا توجد في المجموعة مقالات بهذه الأرقام، فربما تغيّر الرابط أو حُذف المقال:</p>
      <ul className="mt-3 flex flex-wrap justify-center gap-3" aria-label="الأرقام غير الموجودة">
        {missing.map((id) => (
          <li key={id} className="rounded border border-black/20 px-2 dark:border-white/25">
            {localizeDigits(String(id), settings)}
          </li>
        ))}
      </ul>
      <p className="mt-6 flex flex-wrap justify-center gap-4">
        {found.length > 0 && (
          <Link href={withDisplayParams(compareHref({ articles: found }), settings)} className="text-accent underline underline-offset-4">
            تابع بالمقالات الموجودة
          </Link>
        )}
        <Link href={withDisplayParams("/", settings)} className="text-accent underline underline-offset-4">
          العودة إلى الخط الزمني
        </Link>
      </p>
    </div>
  );
}
