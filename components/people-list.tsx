import type { ArticleView } from "@/lib/data/article";

export function PeopleList({ people }: { people: ArticleView["people"] }) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="people" className="mt-10 border-t border-black/10 pt-4 dark:border-white/15">
      <h2 id="people" className="text-lg font-bold">
        الأشخاص المذكورون
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2" data-testid="people">
        {people.map((p) => (
          <li key={p.id} data-person={p.id} className="rounded-full border border-black/15 px-3 py-1 text-sm dark:border-white/20">
            {p.nameAr}{" "}
            {p.discovered ? (
              // Not in the gazetteer: its Latin id is a machine transliteration, so say how it was found instead.
              <span className="text-muted" data-discovered title="ليس في قائمة الأشخاص: عُرف من صفته في النص">
                (من سياق الخبر)
              </span>
            ) : (
              <span className="text-muted" lang="en" dir="ltr">
                ({p.nameLatin})
              </span>
            )}
            {p.asWritten !== p.nameAr && <span className="text-muted"> — كُتب «{p.asWritten}»</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
