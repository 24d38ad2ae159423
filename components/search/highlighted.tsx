import type { SnippetSegment } from "@/lib/search/snippet";

/** Text with the matched words in <mark> (segments come from lib/search/snippet.ts; never rendered as HTML). */
export function Highlighted({ segments }: { segments: SnippetSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink dark:bg-amber-700/60">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
