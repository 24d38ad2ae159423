import type { EventKind } from "@/lib/enums/event-kind";

// Simple line icons (24×24, currentColor); the kind is always also written out beside them.
const PATHS: Record<EventKind, string> = {
  call: "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2",
  conference: "M12 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6M5 13a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5m14 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5M3 21h18M6 21v-4h12v4",
  meeting: "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6m8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6M2 20a6 6 0 0 1 12 0m-2 0a6 6 0 0 1 10 0",
  visit: "M2 16l20-8-4 10-5-3-3 4v-5l-8-2z",
  statement: "M4 5h16v10H9l-5 4z",
  agreement: "M6 3h9l4 4v14H6zM9 12l2 2 4-4",
  other: "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16",
};

// Drawn by the .kind-icon rule (app/globals.css) rather than attributes: a timeline page holds one per
// card, and each attribute is sent twice (the HTML and the page's RSC payload).
export function EventKindIcon({ kind }: { kind: EventKind }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="kind-icon">
      <path d={PATHS[kind]} />
    </svg>
  );
}
