"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { checkRateLimit, rateLimitMessage } from "@/lib/web/rate-limit";
import { tokenMatches } from "@/lib/web/editor-token";
import { env } from "@/lib/env";
import { loadEditorUploads } from "@/lib/load/editor";
import type { UploadState } from "@/components/upload-form";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "@/lib/load/upload";

const Form = z.object({
  token: z.string().max(1024),
  files: z
    .array(z.instanceof(File))
    .transform((files) => files.filter((f) => f.size > 0 || f.name))
    .pipe(z.array(z.instanceof(File)).min(1, "اختر ملفًا واحدًا على الأقل").max(MAX_UPLOAD_FILES, `الحد الأقصى ${MAX_UPLOAD_FILES} ملف في المرة`)),
});

export async function uploadArticles(_: UploadState, formData: FormData): Promise<UploadState> {
  // Before the token: the limit also slows anyone guessing it.
  const limited = checkRateLimit("editor", await headers());
  if (!limited.ok) return { status: "refused", message: rateLimitMessage(limited.retryAfterSeconds) };
  const parsed = Form.safeParse({ token: formData.get("token") ?? "", files: formData.getAll("files").filter((f) => f instanceof File) });
  if (!parsed.success) return { status: "refused", message: parsed.error.issues[0]?.message ?? "طلب غير صالح" };
  if (!tokenMatches(parsed.data.token, env().EDITOR_TOKEN)) return { status: "refused", message: "رمز المحرر غير صحيح." };
  const total = parsed.data.files.reduce((n, f) => n + f.size, 0);
  if (total > MAX_UPLOAD_BYTES) return { status: "refused", message: `مجموع الملفات أكبر من ${MAX_UPLOAD_BYTES / 1048576} ميغابايت.` };

  const uploads = await Promise.all(parsed.data.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const reports = await loadEditorUploads(uploads);
  if (reports.some((r) => r.ok && r.status !== "unchanged")) revalidatePath("/", "layout");
  return { status: "done", reports };
}
