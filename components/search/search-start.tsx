import Link from "next/link";

const EXAMPLES: Array<{ q: string; note: string }> = [
  { q: "لافروف", note: "كل المقالات التي تذكره، بأي تهجئة." },
  { q: '"وقف إطلاق النار"', note: "عبارة بنصها: الكلمات متتالية." },
  { q: "كيري -لافروف", note: "علامة الطرح تستبعد كلمة: كيري دون لافروف." },
  { q: "جنيف OR ميونيخ", note: "إحدى الكلمتين تكفي." },
  { q: "Kerry", note: "الأسماء المعروفة بالإنجليزية تجد المقالات العربية." },
  { q: "سيرجي", note: "التهجئات المختلفة متكافئة: سيرجي وسيرغي، الأمريكي والأميركي." },
];

/** What /search shows before a query: how to write one, with links to try. */
export function SearchStart() {
  return (
    <section aria-labelledby="search-help" className="mt-8 rounded-lg border border-black/10 p-5 dark:border-white/15" data-testid="search-start">
      <h2 id="search-help" className="text-lg font-bold">
        كيف تبحث
      </h2>
      <p className="mt-1 text-muted">كل الكلمات المكتوبة يجب أن توجد في المقال. الهمزات والتشكيل وصيغ الكلمة (المحادثات، والمحادثات) لا تهم.</p>
      <ul className="mt-4 space-y-3">
        {EXAMPLES.map((e) => (
          <li key={e.q} className="flex flex-wrap items-baseline gap-x-3">
            <Link href={`/search?${new URLSearchParams({ q: e.q })}`} className="rounded bg-accent/10 px-2 py-0.5 font-semibold text-accent underline-offset-4 hover:underline">
              <bdi>{e.q}</bdi>
            </Link>
            <span className="text-muted">{e.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
