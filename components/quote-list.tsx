import type { ArticleView } from "@/lib/data/article";

/** Direct quotations grouped by who said them, in the order speakers first appear. */
export function QuoteList({ quotes }: { quotes: ArticleView["quotes"] }) {
  if (quotes.length === 0) return null;
  const groups = new Map<string, ArticleView["quotes"]>();
  for (const q of quotes) {
    const who = q.speakerName ?? q.speaker ?? "غير منسوب";
    groups.set(who, [...(groups.get(who) ?? []), q]);
  }
  return (
    <section aria-labelledby="quotes" className="mt-6">
      <h2 id="quotes" className="text-lg font-bold">
        الاقتباسات
      </h2>
      <dl className="mt-2 space-y-3" data-testid="quotes">
        {[...groups].map(([who, items]) => (
          <div key={who}>
            <dt className="font-semibold">{who}</dt>
            {items.map((q, i) => (
              <dd key={i} className="mt-1 border-s-2 border-accent/40 ps-3 leading-8">
                «{q.text}»
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
