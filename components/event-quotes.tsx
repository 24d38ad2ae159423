import Link from "next/link";
import type { EventView } from "@/lib/data/event";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";

/** The quotations across the event's coverage, by speaker; one entry per wording, with every outlet that printed it. */
export function EventQuotes({ speakers, display }: { speakers: EventView["speakers"]; display: DisplaySettings }) {
  return (
    <section aria-labelledby="quotes" className="mt-10 border-t border-black/10 pt-4 dark:border-white/15">
      <h2 id="quotes" className="text-lg font-bold">
        الاقتباسات
      </h2>
      {speakers.length === 0 ? (
        <p className="mt-2 text-muted">لا اقتباسات مباشرة في تغطية هذا الحدث.</p>
      ) : (
        <div className="mt-2 space-y-6" data-testid="quotes">
          {speakers.map((s, i) => (
            <section key={s.personId ?? s.name} aria-labelledby={`speaker-${i}`} data-speaker={s.personId ?? ""}>
              <h3 id={`speaker-${i}`} className="font-semibold">
                {s.name}
                {s.nameLatin && (
                  <>
                    {" "}
                    <span className="text-sm font-normal text-muted" lang="en" dir="ltr">
                      ({s.nameLatin})
                    </span>
                  </>
                )}
              </h3>
              <ul className="mt-2 space-y-3">
                {s.quotes.map((q, j) => (
                  <li key={j} className="border-s-2 border-accent/40 ps-3">
                    <blockquote className="leading-8">«{q.text}»</blockquote>
                    <p className="text-sm text-muted">
                      نشرته:{" "}
                      {q.printedBy.map((p, k) => (
                        <span key={p.articleId}>
                          {k > 0 && "، "}
                          <Link href={withDisplayParams(`/articles/${p.articleId}`, display)} className="text-accent underline underline-offset-4">
                            {p.outletName ?? "مصدر غير معروف"}
                          </Link>
                        </span>
                      ))}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
