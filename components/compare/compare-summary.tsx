import Link from "next/link";
import { compareHref } from "@/lib/params/compare";
import type { Comparison } from "@/lib/compare/types";
import { formatNumber, formatPercent } from "@/lib/display/numbers";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { OutletName } from "@/components/outlet-name";
import { outletLabelOf, outletOf } from "./compare-columns";
import { DiffText } from "./diff-text";

const box = "mt-4 rounded-lg border border-black/10 p-3 dark:border-white/15";
const h3 = "text-base font-bold";

/** The comparison in brief: shares, wire-copy verdicts, unique facts, names only one article gives, quotations, wording. */
export function CompareSummary({ comparison: c, settings }: { comparison: Comparison; settings: DisplaySettings }) {
  const ids = c.articles.map((a) => a.id);
  const byId = new Map(c.articles.map((a) => [a.id, a]));
  const outlet = (id: number) => outletOf(byId.get(id) ?? { outlet: null });
  const text = new Map(c.articles.flatMap((a) => a.sentences.map((s) => [s.id, s.text] as const)));
  return (
    <section aria-labelledby="summary-title" className="mt-10" data-testid="compare-summary">
      <h2 id="summary-title" className="text-xl font-bold">
        خلاصة المقارنة
      </h2>

      <div className={box} data-testid="shares">
        <h3 className={h3}>ما يشترك فيه كل مقال مع غيره</h3>
        <ul className="mt-2 space-y-1">
          {c.summary.shares.map((s) => (
            <li key={s.articleId} data-share={s.articleId}>
              <span className="font-semibold">{outlet(s.articleId)}</span>: <span data-testid="share-percent">{formatPercent(s.shared, settings)}</span> من جمله لها مقابل في{" "}
              {c.articles.length > 2 ? "مقال آخر على الأقل" : "المقال الآخر"}
              {c.articles.length > 2 && (
                <span className="text-muted"> ({s.sharedWith.map((w) => `${formatPercent(w.shared, settings)} مع ${outlet(w.articleId)}`).join("، ")})</span>
              )}
            </li>
          ))}
        </ul>
        <ul className="mt-3 space-y-1" data-testid="wire-copy">
          {c.summary.wireCopy.map((v) => (
            <li key={`${v.a}-${v.b}`}>
              {outlet(v.a)} و{outlet(v.b)}: {v.likelySameCopy ? <strong>على الأرجح نسخة الوكالة نفسها</strong> : <span>ليستا نسخة واحدة من خبر وكالة</span>}{" "}
              <span className="text-muted">
                ({formatPercent(v.sharedShare, settings)} من جمل الأقصر متطابقة أو شبه متطابقة
                {v.agencies.some(Boolean) && `؛ الوكالة في مطلع الخبر: ${v.agencies.map((g) => g ?? "غير معروفة").join(" / ")}`})
              </span>
            </li>
          ))}
        </ul>
      </div>

      <div className={box} data-testid="unique-facts">
        <h3 className={h3}>ما ينفرد به كل مقال</h3>
        {c.summary.shares.map((s) => (
          <details key={s.articleId} className="mt-2" open={s.uniqueSentenceIds.length <= 6}>
            <summary className="cursor-pointer font-semibold">
              {outlet(s.articleId)} ({formatNumber(s.uniqueSentenceIds.length, settings)} جملة)
            </summary>
            <ul className="ms-5 mt-1 list-disc space-y-1 text-sm leading-7">
              {s.uniqueSentenceIds.map((id) => (
                <li key={id}>
                  <Link href={withDisplayParams(compareHref({ articles: ids, sentence: id }), settings)} className="text-ink underline-offset-4 hover:underline">
                    {text.get(id)}
                  </Link>
                </li>
              ))}
            </ul>
            {(s.onlyPeople.length > 0 || s.onlyPlaces.length > 0) && (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                {s.onlyPeople.length > 0 && (
                  <>
                    <dt className="text-muted">أشخاص لا يذكرهم غيره</dt>
                    <dd data-testid="only-people">{s.onlyPeople.map((p) => p.name).join("، ")}</dd>
                  </>
                )}
                {s.onlyPlaces.length > 0 && (
                  <>
                    <dt className="text-muted">أماكن لا يذكرها غيره</dt>
                    <dd data-testid="only-places">{s.onlyPlaces.map((p) => p.name).join("، ")}</dd>
                  </>
                )}
              </dl>
            )}
          </details>
        ))}
      </div>

      {c.summary.speakers.length > 0 && (
        <div className={box} data-testid="compare-quotes">
          <h3 className={h3}>الاقتباسات بحسب المتحدث</h3>
          {c.summary.speakers.map((sp, i) => (
            <section key={`${sp.personId ?? sp.name}-${i}`} className="mt-3" aria-label={sp.name}>
              <h4 className="font-semibold">{sp.name}</h4>
              <ul className="mt-1 space-y-2">
                {sp.quotes.map((g, j) => (
                  <li key={j} className={`grid gap-2 ${g.printings.length > 1 ? "sm:grid-cols-2" : ""}`} data-printings={g.printings.length}>
                    {[...g.printings]
                      .sort((x, y) => ids.indexOf(x.articleId) - ids.indexOf(y.articleId))
                      .map((p, k) => (
                        <figure key={k} className="border-s-4 border-accent/40 ps-3 text-sm leading-7">
                          <blockquote>«{p.diff ? <DiffText segments={p.diff} /> : p.text}»</blockquote>
                          <figcaption className="text-muted">
                            {outlet(p.articleId)}
                            {p.speakerAsWritten && p.speakerAsWritten !== sp.name ? ` (${p.speakerAsWritten})` : ""}
                          </figcaption>
                        </figure>
                      ))}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}

      <div className={box}>
        <h3 className={h3} id="wording-title">
          اختيار الكلمات
        </h3>
        {c.wording.length === 0 ? (
          <p className="mt-2 text-muted">لا يستعمل أي من المقالات مصطلحًا من قائمة المصطلحات الخلافية.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-sm" aria-labelledby="wording-title" data-testid="wording-table">
              <thead>
                <tr>
                  <th scope="col" className="border-b border-black/15 p-1 text-start dark:border-white/20">
                    المصطلح
                  </th>
                  {c.articles.map((a) => (
                    <th key={a.id} scope="col" className="border-b border-black/15 p-1 text-center dark:border-white/20">
                      <OutletName outlet={outletLabelOf(a)} />
                    </th>
                  ))}
                </tr>
              </thead>
              {c.wording.map((g) => (
                <tbody key={g.id}>
                  <tr>
                    <th scope="colgroup" colSpan={c.articles.length + 1} className="pt-3 text-start font-semibold">
                      {g.label}
                      {g.note && <span className="font-normal text-muted"> — {g.note}</span>}
                    </th>
                  </tr>
                  {g.variants.map((v) => (
                    <tr key={v.variantId} data-variant={v.variantId}>
                      <th scope="row" className="border-b border-black/5 p-1 text-start font-normal dark:border-white/10">
                        {v.label}
                      </th>
                      {v.counts.map((n, i) => (
                        <td key={i} className={`border-b border-black/5 p-1 text-center dark:border-white/10 ${n ? "font-bold" : "text-muted"}`}>
                          {formatNumber(n, settings)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
