import type { Metadata } from "next";
import { UploadForm } from "@/components/upload-form";
import { uploadArticles } from "./actions";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/display/numbers";
import { displaySettings } from "@/lib/web/display-settings";
import { MAX_INPUT_BYTES } from "@/lib/extract/errors";
import { MAX_UPLOAD_FILES } from "@/lib/load/upload";

export const metadata: Metadata = { title: "تحميل مقالات", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function UploadPage() {
  const enabled = Boolean(env().EDITOR_TOKEN);
  const display = await displaySettings();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">تحميل مقالات</h1>
      <p className="mt-2 leading-8 text-muted">
        ملفات نصية أو صفحات HTML كما جُمعت، حتى {formatNumber(MAX_UPLOAD_FILES, display)} ملف في المرة و{formatNumber(MAX_INPUT_BYTES / 1048576, display)} ميغابايت للملف. يمكن إرفاق
        ملف بيانات المحرر <code dir="ltr">name.meta.json</code> بجانب كل مقال. يمر كل ملف بمسار التحميل نفسه، ويُحفظ كل مقال في معاملة واحدة.
      </p>
      {enabled ? (
        <UploadForm display={display} upload={uploadArticles} />
      ) : (
        <p role="status" className="mt-6 rounded border border-black/15 p-4 dark:border-white/20">
          التحميل معطّل: لم يُضبط رمز المحرر (<code dir="ltr">EDITOR_TOKEN</code>) على الخادم.
        </p>
      )}
    </div>
  );
}
