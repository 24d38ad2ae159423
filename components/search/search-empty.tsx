import Link from "next/link";
import type { Suggestion } from "@/lib/data/search";
import type { SearchParams } from "@/lib/params/search";
import type { Relaxation } from "@/lib/search/relax";
import { searchHrefWith } from "@/lib/params/search-url";
import type { ActiveFilter } from "./search-form";

const KIND = { person: "شخص", place: "مكان", outlet: "مصدر" } as const;

/** A search that found nothing: names close to the query, looser queries, filters to remove. */
export function SearchEmpty({
  params,
  names,
  popular = [],
  relaxed,
  active,
}: {
  params: SearchParams;
  names: Suggestion[];
  popular?: Suggestion[];
  relaxed: Relaxation[];
  active: ActiveFilter[];
}) {
  const link = "text-accent underline underline-offset-4";
  return (
    <section aria-labelledby="no-results" className="mt-6 rounded-lg border border-dashed border-black/20 p-6 dark:border-white/20" data-testid="search-empty">
      <h2 id="no-results" className="text-lg font-bold">
        لم نجد مقالات تطابق البحث
      </h2>
      {names.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold">هل تقصد أحد هذه الأسماء؟</h3>
          <ul className="mt-2 flex flex-wrap gap-3" data-testid="did-you-mean">
            {names.map((s) => (
              <li key={`${s.kind}-${s.id}`}>
                <Link href={s.kind === "outlet" ? searchHrefWith(params, { q: "", outlet: s.id }) : searchHrefWith(params, { q: s.label })} className={link}>
                  {s.label}
                </Link>
                <span className="ms-1 text-sm text-muted">
                  ({KIND[s.kind]}
                  {s.labelLatin ? (
                    <>
                      ، <span dir="ltr">{s.labelLatin}</span>
                    </>
                  ) : null}
                  )
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {popular.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold">أكثر الأسماء ورودًا في المقالات</h3>
          <ul className="mt-2 flex flex-wrap gap-3" data-testid="popular-names">
            {popular.map((s) => (
              <li key={s.id}>
                <Link href={searchHrefWith(params, { q: s.label })} className={link}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {relaxed.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold">جرّب بحثًا أوسع</h3>
          <ul className="mt-2 space-y-1">
            {relaxed.map((r) => (
              <li key={r.q}>
                <Link href={searchHrefWith(params, { q: r.q })} className={link}>
                  <bdi>{r.q}</bdi>
                </Link>
                <span className="ms-2 text-sm text-muted">{r.label}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {active.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold">أو أزل تصفية</h3>
          <ul className="mt-2 space-y-1">
            {active.map((f) => (
              <li key={f.key}>
                <Link href={searchHrefWith(params, f.remove ?? { [f.key]: undefined })} className={link}>
                  إزالة التصفية: {f.label}
                </Link>
              </li>
            ))}
            {active.length > 1 && (
              <li>
                <Link href={searchHrefWith({ q: params.q, sort: params.sort, page: 1, pageSize: params.pageSize }, {})} className={link}>
                  إزالة كل التصفية
                </Link>
              </li>
            )}
          </ul>
        </div>
      )}
      <p className="mt-4 text-sm text-muted">
        تذكير: كل الكلمات يجب أن توجد في المقال؛ استخدم OR لتكفي إحداها.{" "}
        <Link href="/search" className={link}>
          أمثلة على صيغ البحث
        </Link>
      </p>
    </section>
  );
}
