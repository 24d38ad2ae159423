import Link from "next/link";
import type { CorrectionView } from "@/lib/data/corrections";
import { formatArabicDate, formatArabicDateRange } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { CORRECTION_ACTION_LABELS } from "@/lib/enums/correction-action";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { labelOf } from "@/lib/enums/values";

/** A previous value as readers see it; «—» for none. */
function shown(action: CorrectionView["action"], value: unknown, display: DisplaySettings): string {
  if (value == null) return "—";
  if (action === "set_kind") return labelOf(EVENT_KIND_LABELS, value);
  if (action === "set_date") {
    const d = value as { date: string | null; dateEnd: string | null };
    return d.date ? formatArabicDateRange(d.date, d.dateEnd, display) : "غير معروف";
  }
  return String(value);
}

/** «تعديلات المحرر»: what was corrected, when, and the value it replaced. */
export function EventCorrections({ corrections, display }: { corrections: CorrectionView[]; display: DisplaySettings }) {
  if (corrections.length === 0) return null;
  const href = (path: string) => withDisplayParams(path, display);
  return (
    <section aria-labelledby="corrections" className="mt-8" data-testid="event-corrections">
      <h2 id="corrections" className="text-lg font-bold">
        تعديلات المحرر
      </h2>
      <ul className="mt-3 space-y-2 text-sm">
        {corrections.map((c) => (
          <li key={c.id} data-action={c.action} className="border-s-2 border-black/15 ps-3 dark:border-white/20">
            <span className="font-semibold">{CORRECTION_ACTION_LABELS[c.action]}</span>{" "}
            <time dateTime={c.createdAt} className="text-muted">
              {formatArabicDate(c.createdAt.slice(0, 10), display)}
            </time>
            {c.action === "split" ? (
              <p>فُصلت مقالات من الحدث في حدث مستقل (عددها: {Array.isArray(c.to) ? formatNumber(c.to.length, display) : "—"})</p>
            ) : c.action === "merge" ? (
              <p>
                دُمج الحدث{" "}
                <Link href={href(`/events/${String(c.from)}`)} className="text-accent underline" dir="ltr">
                  {String(c.from)}
                </Link>{" "}
                في{" "}
                <Link href={href(`/events/${String(c.to)}`)} className="text-accent underline" dir="ltr">
                  {String(c.to)}
                </Link>
              </p>
            ) : c.action === "set_topic" ? (
              <p>
                المقال{" "}
                <Link href={href(`/articles/${c.article?.id}`)} className="text-accent underline">
                  {c.article?.title}
                </Link>{" "}
                {c.to === false ? "نُقل خارج موضوع المحادثات" : "أعيد إلى موضوع المحادثات"}
              </p>
            ) : c.action === "move_article" ? (
              <p>
                المقال{" "}
                <Link href={href(`/articles/${c.article?.id}`)} className="text-accent underline">
                  {c.article?.title}
                </Link>{" "}
                من{" "}
                <Link href={href(`/events/${String(c.from)}`)} className="text-accent underline" dir="ltr">
                  {String(c.from)}
                </Link>{" "}
                إلى{" "}
                <Link href={href(`/events/${String(c.to)}`)} className="text-accent underline" dir="ltr">
                  {String(c.to)}
                </Link>
              </p>
            ) : (
              <p>
                القيمة السابقة: <span data-testid="previous-value">{shown(c.action, c.from, display)}</span> ← الجديدة: {shown(c.action, c.to, display)}
              </p>
            )}
            {c.note && <p className="text-muted">ملاحظة: {c.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
