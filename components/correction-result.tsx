// What an editor's correction came to: refused (an alert) or done (a status line). The event and topic
// editors both show it, so it reads the same wherever an editor corrects something.

/** A correction form's state, as its server action returns it. */
export type CorrectionState = { status: "idle" } | { status: "refused"; message: string } | { status: "done"; message: string };

export function CorrectionResult({ state }: { state: CorrectionState }) {
  if (state.status === "refused")
    return (
      <p role="alert" className="rounded border border-red-700/40 p-3 text-red-800 dark:text-red-300">
        {state.message}
      </p>
    );
  if (state.status === "done")
    return (
      <p role="status" className="rounded border border-black/15 p-3 dark:border-white/20">
        {state.message}
      </p>
    );
  return null;
}
