import type { LineVerdict } from "@/lib/ingest/types";

const KEPT = new Set(["body", "subheading"]);
const LABELS: Partial<Record<LineVerdict["kind"], string>> = {
  title: "العنوان",
  caption: "تعليق صورة",
  dateline: "مكان/وكالة",
  date: "تاريخ",
  boilerplate: "حُذف",
  duplicate: "مكرر",
};

/** Provenance: every raw line with what the cleaner did to it. */
export function RemovedLines({ lines }: { lines: LineVerdict[] }) {
  const nonBlank = lines.filter((l) => l.kind !== "blank");
  const removed = nonBlank.filter((l) => !KEPT.has(l.kind)).length;
  return (
    <details className="mt-10 rounded-lg border border-black/10 p-4 dark:border-white/15">
      <summary className="cursor-pointer font-semibold">النص الخام وما حُذف منه ({removed} سطرًا خارج المتن)</summary>
      <ol className="mt-3 space-y-1 text-sm leading-7" data-testid="raw-lines">
        {nonBlank.map((l) => (
          <li key={l.line} data-kind={l.kind} className="grid grid-cols-[3rem_6rem_1fr] gap-2">
            <span className="text-muted tabular-nums">{l.line}</span>
            <span className="text-muted">{LABELS[l.kind] ?? "المتن"}</span>
            {KEPT.has(l.kind) ? <span>{l.text}</span> : <del className="text-muted" title={l.reason}>{l.text}</del>}
          </li>
        ))}
      </ol>
    </details>
  );
}
