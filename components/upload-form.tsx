"use client";

import Link from "next/link";
import { titleText } from "@/lib/display/title";
import { useActionState } from "react";
import { formatNumber, localizeDigits } from "@/lib/display/numbers";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { INGEST_ERROR_LABELS } from "@/lib/enums/ingest-error";
import { LOAD_STATUS_LABELS } from "@/lib/enums/load-status";
import { labelOf } from "@/lib/enums/values";
import type { UploadReport } from "@/lib/load/upload";

/** What the upload action answers (app/editor/upload/actions.ts). */
export type UploadState = { status: "idle" } | { status: "refused"; message: string } | { status: "done"; reports: UploadReport[] };

/** The form; the page hands it the server action that loads the files. */
export function UploadForm({ display, upload }: { display: DisplaySettings; upload: (state: UploadState, form: FormData) => Promise<UploadState> }) {
  const [state, action, pending] = useActionState<UploadState, FormData>(upload, { status: "idle" });
  return (
    <>
      <form action={action} className="mt-6 space-y-4">
        <div>
          <label htmlFor="token" className="block font-semibold">
            رمز المحرر
          </label>
          <input
            id="token"
            name="token"
            type="password"
            required
            autoComplete="current-password"
            dir="ltr"
            className="mt-1 w-full rounded border border-black/20 bg-transparent p-2 dark:border-white/25"
          />
        </div>
        <div>
          <label htmlFor="files" className="block font-semibold">
            الملفات
          </label>
          <input id="files" name="files" type="file" multiple required accept=".txt,.html,.htm,.json,text/plain,text/html,application/json" className="mt-1 block w-full" />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-accent px-5 py-2 font-semibold text-paper disabled:opacity-60">
          {pending ? "جارٍ التحميل…" : "تحميل"}
        </button>
      </form>
      <div aria-live="polite" className="mt-6">
        {state.status === "refused" && (
          <p role="alert" className="rounded border border-red-700/40 p-3 text-red-800 dark:text-red-300">
            {localizeDigits(state.message, display)}
          </p>
        )}
        {state.status === "done" && <UploadReportTable reports={state.reports} display={display} />}
      </div>
    </>
  );
}

function UploadReportTable({ reports, display }: { reports: Extract<UploadState, { status: "done" }>["reports"]; display: DisplaySettings }) {
  const failed = reports.filter((r) => !r.ok).length;
  return (
    <section aria-labelledby="report">
      <h2 id="report" className="text-lg font-bold">
        النتيجة: {formatNumber(reports.length - failed, display)} ناجح، {formatNumber(failed, display)} فشل
      </h2>
      <table className="mt-2 w-full text-sm" data-testid="upload-report">
        <thead>
          <tr className="text-start text-muted">
            <th scope="col" className="py-1 text-start">
              الملف
            </th>
            <th scope="col" className="py-1 text-start">
              الحالة
            </th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.file} data-ok={r.ok} className="border-t border-black/10 dark:border-white/15">
              <td className="py-1 pe-3 align-top" dir="auto">
                {r.file}
              </td>
              <td className="py-1 align-top">
                {r.ok ? (
                  <>
                    {labelOf(LOAD_STATUS_LABELS, r.status)}
                    {r.articleId && (
                      <>
                        {" — "}
                        <Link href={withDisplayParams(`/articles/${r.articleId}`, display)} className="text-accent underline">
                          {titleText(r.title)}
                        </Link>
                      </>
                    )}
                  </>
                ) : (
                  <span className="text-red-800 dark:text-red-300">
                    {labelOf(INGEST_ERROR_LABELS, r.code)}{" "}
                    <span className="text-muted" dir="auto">
                      ({r.message})
                    </span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
