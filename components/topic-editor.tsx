"use client";

import { useActionState } from "react";
import { CorrectionResult, type CorrectionState } from "@/components/correction-result";

const input = "mt-1 w-full rounded border border-black/20 bg-transparent p-2 dark:border-white/25";
const button = "rounded bg-accent px-4 py-1.5 text-sm font-semibold text-paper disabled:opacity-60";

interface Props {
  articleId: number;
  onTopic: boolean;
  /** The server action that checks the token and records the move (app/articles/[id]/actions.ts). */
  correct: (state: CorrectionState, form: FormData) => Promise<CorrectionState>;
}

/** The editor's move of an article onto or off the talks timeline. */
export function TopicEditor({ articleId, onTopic, correct }: Props) {
  const [state, action, pending] = useActionState<CorrectionState, FormData>(correct, { status: "idle" });
  return (
    <details className="mt-6 rounded-lg border border-black/15 p-4 dark:border-white/20" data-testid="topic-editor">
      <summary className="cursor-pointer font-semibold">تصحيح الموضوع (للمحررين)</summary>
      <form action={action} className="mt-4 space-y-4">
        <input type="hidden" name="articleId" value={articleId} />
        <div>
          <label htmlFor="topic-token" className="block font-semibold">
            رمز المحرر
          </label>
          <input id="topic-token" name="token" type="password" autoComplete="current-password" dir="ltr" className={input} />
        </div>
        <div>
          <label htmlFor="topic-note" className="block">
            ملاحظة (اختيارية)
          </label>
          <input id="topic-note" name="note" maxLength={500} className={input} />
        </div>
        <p>
          {onTopic ? (
            <button type="submit" name="topic" value="off" disabled={pending} className={button}>
              انقله خارج موضوع المحادثات
            </button>
          ) : (
            <button type="submit" name="topic" value="on" disabled={pending} className={button}>
              أعده إلى موضوع المحادثات
            </button>
          )}
        </p>
        <CorrectionResult state={state} />
      </form>
    </details>
  );
}
