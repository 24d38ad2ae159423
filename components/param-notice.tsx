// What a canonical redirect dropped from the link the reader followed (lib/params/notice.ts): shown once,
// above the view that could be read, so a bad filter is explained rather than silently ignored.
import { localizeDigits } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import { paramName } from "@/lib/params/messages";
import type { ParamIssue } from "@/lib/params/view";

export function ParamNotice({ title, issues, display, testId }: { title: string; issues: ParamIssue[]; display: DisplaySettings; testId?: string }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded-lg border border-amber-700/50 p-4" data-testid={testId ?? "param-notice"}>
      <h2 className="font-semibold">{title}</h2>
      <p className="mt-1 text-sm text-muted">حُذف من الرابط ما تعذّر فهمه، ويُعرض ما بقي:</p>
      <ul className="ms-5 mt-1 list-disc">
        {issues.map((i) => (
          <li key={`${i.param}-${i.code}`}>
            <span dir="ltr" className="font-mono text-sm">
              {i.param}
            </span>{" "}
            ({paramName(i.param)}): {localizeDigits(i.message, display)}
          </li>
        ))}
      </ul>
    </div>
  );
}
