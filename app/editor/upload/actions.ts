"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { checkEditor } from "@/lib/web/editor-guard";
import { env } from "@/lib/env";
import { loadEditorUploads } from "@/lib/load/editor";
import type { UploadState } from "@/components/upload-form";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "@/lib/load/upload";

const Form = z.object({
  files: z
    .array(z.instanceof(File))
    .transform((files) => files.filter((f) => f.size > 0 || f.name))
    .pipe(z.array(z.instanceof(File)).min(1, "اختر ملفًا واحدًا على الأقل").max(MAX_UPLOAD_FILES, `الحد الأقصى ${MAX_UPLOAD_FILES} ملف في المرة`)),
});

export async function uploadArticles(_: UploadState, formData: FormData): Promise<UploadState> {
  // The limits and the token before anything else: a wrong token learns nothing about the input.
  const token = formData.get("token");
  const gate = checkEditor(await headers(), typeof token === "string" ? token : "", env().EDITOR_TOKEN, "upload");
  if (!gate.ok) return { status: "refused", message: gate.message };
  const parsed = Form.safeParse({ files: formData.getAll("files").filter((f) => f instanceof File) });
  if (!parsed.success) return { status: "refused", message: parsed.error.issues[0]?.message ?? "طلب غير صالح" };
  const total = parsed.data.files.reduce((n, f) => n + f.size, 0);
  if (total > MAX_UPLOAD_BYTES) return { status: "refused", message: `مجموع الملفات أكبر من ${MAX_UPLOAD_BYTES / 1048576} ميغابايت.` };

  const uploads = await Promise.all(parsed.data.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const reports = await loadEditorUploads(uploads);
  if (reports.some((r) => r.ok && r.status !== "unchanged")) revalidatePath("/", "layout");
  return { status: "done", reports };
}
