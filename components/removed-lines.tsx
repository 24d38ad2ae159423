import { formatNumber } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import type { LineVerdict } from "@/lib/extract/types";

const KEPT = new Set<LineVerdict["kind"]>(["body", "subheading"]);
const REMOVED = new Set<LineVerdict["kind"]>(["boilerplate", "duplicate"]);
const LABELS: Record<LineVerdict["kind"], string> = {
  body: "المتن",
  subheading: "عنوان فرعي",
  title: "العنوان",
  caption: "تعليق صورة",
  dateline: "مكان/وكالة",
  date: "التاريخ",
  boilerplate: "حُذف",
  duplicate: "مكرر",
  blank: "",
};

/** Provenance: every raw line with what the cleaner did to it — kept, moved to a field, or removed. */
export function RemovedLines({ lines, display }: { lines: LineVerdict[]; display: DisplaySettings }) {
  const shown = lines.filter((l) => l.kind !== "blank");
  const removed = shown.filter((l) => REMOVED.has(l.kind)).length;
  return (
    <details className="mt-10 rounded-lg border border-black/10 p-4 dark:border-white/15">
      <summary className="cursor-pointer font-semibold">
        النص الخام وما حُذف منه ({formatNumber(removed, display)} سطرًا محذوفًا من {formatNumber(shown.length, display)})
      </summary>
      <p className="mt-2 text-sm text-muted">الأسطر المشطوبة حُذفت، والمظللة نُقلت إلى حقل خاص بها (العنوان، تعليق الصورة، المكان والوكالة، التاريخ).</p>
      <ol className="mt-3 space-y-1 text-sm leading-7" data-testid="raw-lines">
        {shown.map((l) => (
          <li key={l.line} data-kind={l.kind} className="grid grid-cols-[3rem_6rem_1fr] gap-2">
            <span className="text-muted tabular-nums">{formatNumber(l.line, display)}</span>
            <span className="text-muted">{LABELS[l.kind]}</span>
            {KEPT.has(l.kind) ? (
              <span>{l.text}</span>
            ) : REMOVED.has(l.kind) ? (
              <del className="text-muted" title={l.reason}>
                {l.text}
              </del>
            ) : (
              <mark className="rounded bg-amber-200/50 px-1 text-ink dark:bg-amber-400/20" title={l.reason}>
                {l.text}
              </mark>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
