import type { DiffSegment } from "@/lib/compare/types";

/** Text with the words that differ from its counterpart marked: <del> for words the other lacks, <ins> for words it adds. */
export function DiffText({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {segments.map((seg, i) =>
        seg.kind === "same" ? (
          <span key={i}>{seg.text}</span>
        ) : seg.kind === "removed" ? (
          <del key={i} data-diff="removed" className="rounded-sm bg-rose-100 decoration-rose-800 dark:bg-rose-950 dark:decoration-rose-300">
            <span className="sr-only">[ليست في المقابل: </span>
            {seg.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} data-diff="added" className="rounded-sm bg-lime-200 no-underline outline outline-1 outline-lime-800 dark:bg-lime-900 dark:outline-lime-300">
            <span className="sr-only">[زيادة على المقابل: </span>
            {seg.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </>
  );
}
