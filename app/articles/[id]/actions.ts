"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import type { CorrectionState } from "@/components/correction-result";
import type { TopicRefusal } from "@/lib/data/write/log-topic";
import { correctTopic } from "@/lib/load/editor";
import { env } from "@/lib/env";
import { tokenMatches } from "@/lib/web/editor-token";
import { checkRateLimit, rateLimitMessage } from "@/lib/web/rate-limit";

const REFUSALS: Record<TopicRefusal, string> = {
  article_not_found: "المقال غير موجود.",
  unchanged: "المقال في هذا الموضع أصلا: لم يتغير شيء.",
};

const Form = z.object({
  articleId: z.coerce.number().int().positive("معرّف مقال غير صالح"),
  onTopic: z.enum(["on", "off"], "اختر: ضمن موضوع المحادثات أو خارجه").transform((v) => v === "on"),
  note: z.string().trim().max(500, "الملاحظة أطول من 500 حرف").optional(),
});

const field = (f: FormData, name: string) => {
  const v = f.get(name);
  return typeof v === "string" ? v : undefined;
};

/** An editor moves an article onto or off the talks timeline (with the editors' token, like event corrections). */
export async function correctTopicAction(_: CorrectionState, f: FormData): Promise<CorrectionState> {
  // The rate limit, then the token: a wrong one learns nothing about the input and changes nothing.
  const limited = checkRateLimit("editor", await headers());
  if (!limited.ok) return { status: "refused", message: rateLimitMessage(limited.retryAfterSeconds) };
  const token = field(f, "token") ?? "";
  if (token.length > 1024 || !tokenMatches(token, env().EDITOR_TOKEN)) return { status: "refused", message: "رمز المحرر غير صحيح." };

  const parsed = Form.safeParse({ articleId: field(f, "articleId"), onTopic: field(f, "topic"), note: field(f, "note") || undefined });
  if (!parsed.success) return { status: "refused", message: parsed.error.issues[0]?.message ?? "طلب غير صالح" };
  const { articleId, onTopic, note } = parsed.data;
  const outcome = await correctTopic({ articleId, onTopic }, note);
  if (!outcome.ok) return { status: "refused", message: REFUSALS[outcome.reason] };
  revalidatePath("/", "layout");
  return { status: "done", message: onTopic ? "أعيد المقال إلى موضوع المحادثات وأعيد تجميع الأحداث." : "نُقل المقال خارج موضوع المحادثات وأعيد تجميع الأحداث." };
}
