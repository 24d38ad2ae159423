import "./compare.css";
import { UNKNOWN_OUTLET } from "@/lib/display/outlet";
import { titleText } from "@/lib/display/title";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CompareColumns } from "@/components/compare/compare-columns";
import { CompareControls } from "@/components/compare/compare-controls";
import { CompareInteractions } from "@/components/compare/compare-interactions";
import { CompareLegend } from "@/components/compare/compare-legend";
import { ComparePicker } from "@/components/compare/compare-picker";
import { CompareSummary } from "@/components/compare/compare-summary";
import { displaySettings } from "@/lib/web/display-settings";
import { ParamNotice } from "@/components/param-notice";
import { pageParams, paramNotice } from "@/lib/web/page-params";
import { compareHref, MIN_ARTICLES } from "@/lib/params/compare";
import type { SearchParamsInput } from "@/lib/params/input";
import type { ParamIssue } from "@/lib/params/view";
import { getCompareInputs, getComparison, searchArticleTitles } from "@/lib/data/compare";
import { formatNumber, localizeDigits } from "@/lib/display/numbers";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "مقارنة التغطية", description: "مقارنة مقالين أو ثلاثة جملةً بجملة: ما تشترك فيه المصادر وما ينفرد به كل منها." };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  // One URL per view (lib/params/compare.ts): separators, repeats, a fourth article, a sentence of an
  // article not compared were redirected to the canonical URL; what was dropped is explained once.
  const selection = pageParams("compare", await searchParams);
  const [settings, notice] = await Promise.all([displaySettings(), paramNotice("compare")]);
  const add = selection.add ?? "";
  if (selection.articles.length < MIN_ARTICLES) return <Choose ids={selection.articles} add={add} settings={settings} notice={notice} />;

  const result = await getComparison(selection.articles);
  if (!result.ok) return <Missing ids={selection.articles} missing={result.missing} settings={settings} />;
  const { comparison } = result;
  const all = comparison.articles.flatMap((a) => a.sentences);
  const selected = selection.sentence ? all.find((s) => s.id === selection.sentence) : undefined;
  if (selection.sentence && !selected) redirect(withDisplayParams(compareHref({ ...selection, sentence: undefined }), settings));
  const hits = add ? await searchArticleTitles(add, 10, selection.articles) : [];

  return (
    <div className="compare-wide" data-compare-root>
      <h1 className="text-2xl font-bold">مقارنة التغطية</h1>
      <p className="mt-1 text-muted">
        {formatNumber(comparison.articles.length, settings)} مقالات جنبًا إلى جنب، الأول على اليمين. مرّر المؤشر على جملة أو انتقل إليها لترى مقابلها في العمود الآخر، واضغطها
        لتثبيتها في الرابط.
      </p>
      <ParamNotice title="تعذّر فهم رابط المقارنة" issues={notice} display={settings} testId="compare-error" />
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
async function Choose({ ids, add, settings, notice }: { ids: number[]; add: string; settings: DisplaySettings; notice: ParamIssue[] }) {
  const [chosen, hits] = await Promise.all([ids.length ? getCompareInputs(ids) : [], add ? searchArticleTitles(add, 10, ids) : []]);
  return (
    <div className="mx-auto max-w-[68ch]">
      <h1 className="text-2xl font-bold">مقارنة التغطية</h1>
      <ParamNotice title="تعذّر فهم رابط المقارنة" issues={notice} display={settings} testId="compare-error" />
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
