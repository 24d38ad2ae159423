import { DATE_BASIS_LABELS, type DateBasis } from "@/lib/enums/date-basis";

const STYLES: Record<DateBasis, string> = {
  explicit: "border-emerald-700/40 text-emerald-800 dark:text-emerald-300",
  url: "border-sky-700/40 text-sky-800 dark:text-sky-300",
  inferred: "border-amber-700/50 text-amber-800 dark:text-amber-300",
  editorial: "border-violet-700/40 text-violet-800 dark:text-violet-300",
  unknown: "border-black/20 text-muted dark:border-white/20",
};

export function DateBasisBadge({ basis, evidence }: { basis: DateBasis; evidence?: string | null }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs leading-5 ${STYLES[basis]}`} title={evidence ?? undefined} data-basis={basis}>
      {DATE_BASIS_LABELS[basis]}
    </span>
  );
}
