"use client";

import { useActionState } from "react";
import { CorrectionResult, type CorrectionState } from "@/components/correction-result";
import { titleText } from "@/lib/display/title";
import type { EventChoice } from "@/lib/data/corrections";
import type { EventView } from "@/lib/data/event";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { localizeDigits } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";

const input = "mt-1 w-full rounded border border-black/20 bg-transparent p-2 dark:border-white/25";
const button = "rounded bg-accent px-4 py-1.5 text-sm font-semibold text-paper disabled:opacity-60";

/** One form, one token field; each button submits its own correction (its name/value is the action). */
/** What the correction action answers (app/events/[slug]/actions.ts). */

interface Props {
  event: EventView;
  choices: EventChoice[];
  display: DisplaySettings;
  /** The server action that checks the token and records the correction; the page hands it down. */
  correct: (state: CorrectionState, form: FormData) => Promise<CorrectionState>;
}

export function EventEditor({ event, choices, display, correct }: Props) {
  const [state, action, pending] = useActionState<CorrectionState, FormData>(correct, { status: "idle" });
  const others = choices.filter((c) => c.slug !== event.slug);
  const option = (c: EventChoice) => (
    <option key={c.slug} value={c.slug}>
      {c.date ? `${localizeDigits(c.date, display)} — ` : ""}
      {c.title}
    </option>
  );
  const submit = (value: string, label: string) => (
    <button type="submit" name="action" value={value} disabled={pending} className={button}>
      {label}
    </button>
  );
  return (
    <details className="mt-10 rounded-lg border border-black/15 p-4 dark:border-white/20" data-testid="event-editor">
      <summary className="cursor-pointer font-semibold">تصحيح الحدث (للمحررين)</summary>
      <form action={action} className="mt-4 space-y-5">
        <input type="hidden" name="slug" value={event.slug} />
        <div>
          <label htmlFor="editor-token" className="block font-semibold">
            رمز المحرر
          </label>
          <input id="editor-token" name="token" type="password" autoComplete="current-password" dir="ltr" className={input} />
        </div>
        <div>
          <label htmlFor="editor-title" className="block">
            العنوان
          </label>
          <input id="editor-title" name="title" defaultValue={event.title} maxLength={300} className={input} />
          <p className="mt-2">{submit("set_title", "حفظ العنوان")}</p>
        </div>
        <div>
          <label htmlFor="editor-place" className="block">
            المكان
          </label>
          <input id="editor-place" name="place" defaultValue={event.place ?? ""} maxLength={200} className={input} />
          <p className="mt-2">{submit("set_place", "حفظ المكان")}</p>
        </div>
        <div>
          <label htmlFor="editor-kind" className="block">
            النوع
          </label>
          <select id="editor-kind" name="kind" defaultValue={event.kind} className={input}>
            {Object.entries(EVENT_KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          <p className="mt-2">{submit("set_kind", "حفظ النوع")}</p>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="editor-date" className="block">
              التاريخ
            </label>
            <input id="editor-date" name="date" type="date" defaultValue={event.date ?? ""} dir="ltr" className={input} />
          </div>
          <div>
            <label htmlFor="editor-date-end" className="block">
              حتى (اختياري)
            </label>
            <input id="editor-date-end" name="dateEnd" type="date" defaultValue={event.dateEnd ?? ""} dir="ltr" className={input} />
          </div>
          <p className="col-span-2">{submit("set_date", "حفظ التاريخ")}</p>
        </div>
        {others.length > 0 && (
          <div>
            <label htmlFor="editor-article" className="block">
              نقل مقال
            </label>
            <select id="editor-article" name="articleId" className={input}>
              {event.articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {titleText(a.title)}
                </option>
              ))}
            </select>
            <label htmlFor="editor-target" className="mt-2 block">
              إلى الحدث
            </label>
            <select id="editor-target" name="target" className={input}>
              {others.map(option)}
            </select>
            <p className="mt-2">{submit("move_article", "نقل المقال")}</p>
            <label htmlFor="editor-merge" className="mt-4 block">
              دمج هذا الحدث وكل تغطيته في
            </label>
            <select id="editor-merge" name="mergeInto" className={input}>
              {others.map(option)}
            </select>
            <p className="mt-2">{submit("merge", "دمج الحدثين")}</p>
          </div>
        )}
        {event.articles.length > 1 && (
          <fieldset>
            <legend>فصل مقالات في حدث جديد (تبقى البقية في هذا الحدث)</legend>
            <ul className="mt-1 space-y-1">
              {event.articles.map((a) => (
                <li key={a.id}>
                  <label className="flex items-baseline gap-2">
                    <input type="checkbox" name="splitArticle" value={a.id} />
                    <span>{titleText(a.title)}</span>
                  </label>
                </li>
              ))}
            </ul>
            <p className="mt-2">{submit("split", "فصل المقالات المحددة")}</p>
          </fieldset>
        )}
        <div>
          <label htmlFor="editor-note" className="block">
            ملاحظة (اختيارية)
          </label>
          <input id="editor-note" name="note" maxLength={500} className={input} />
        </div>
      </form>
      <div aria-live="polite" className="mt-4">
        <CorrectionResult state={state} />
      </div>
    </details>
  );
}
