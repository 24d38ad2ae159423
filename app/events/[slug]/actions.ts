"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { CorrectionState } from "@/components/correction-result";
import { checkEditor } from "@/lib/web/editor-guard";
import { getEvent } from "@/lib/data/event";
import type { CorrectionRefusal } from "@/lib/data/write/log-correction";
import { correctEvent } from "@/lib/load/editor";
import { env } from "@/lib/env";
import { EVENT_KINDS } from "@/lib/enums/event-kind";

const REFUSALS: Record<CorrectionRefusal, string> = {
  event_not_found: "الحدث غير موجود (ربما أعيد تجميعه). أعد تحميل الصفحة.",
  target_not_found: "الحدث المنقول إليه غير موجود.",
  article_not_in_event: "المقال ليس من تغطية هذا الحدث.",
  unchanged: "القيمة الجديدة مطابقة للحالية: لم يتغير شيء.",
  split_all: "لا يمكن فصل كل مقالات الحدث: اترك مقالا واحدا على الأقل (أو صحح الحدث نفسه).",
};

const slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9-]+$/, "معرّف حدث غير صالح");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "التاريخ بصيغة YYYY-MM-DD");
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const Form = z.object({
  note: z.string().trim().max(500, "الملاحظة أطول من 500 حرف").optional(),
  correction: z.discriminatedUnion(
    "action",
    [
      z.object({ slug, action: z.literal("set_title"), to: z.string().trim().min(1, "العنوان فارغ").max(300, "العنوان أطول من 300 حرف") }),
      z.object({ slug, action: z.literal("set_place"), to: z.preprocess(blankToNull, z.string().trim().max(200, "المكان أطول من 200 حرف").nullable()) }),
      z.object({ slug, action: z.literal("set_kind"), to: z.enum(EVENT_KINDS, "نوع حدث غير معروف") }),
      z.object({
        slug,
        action: z.literal("set_date"),
        to: z
          .object({ date: z.preprocess(blankToNull, day.nullable()), dateEnd: z.preprocess(blankToNull, day.nullable()) })
          .refine((d) => !d.dateEnd || (d.date !== null && d.dateEnd >= d.date), "تاريخ النهاية قبل البداية أو بلا بداية"),
      }),
      z.object({ slug, action: z.literal("move_article"), articleId: z.coerce.number().int().positive("اختر مقالا"), to: slug }),
      z.object({ slug, action: z.literal("merge"), to: slug }),
      z.object({
        slug,
        action: z.literal("split"),
        articleIds: z.array(z.coerce.number().int().positive()).min(1, "اختر مقالا واحدا على الأقل لفصله").max(500),
      }),
    ],
    "إجراء غير معروف",
  ),
});

const field = (f: FormData, name: string) => {
  const v = f.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function correctEventAction(_: CorrectionState, f: FormData): Promise<CorrectionState> {
  // The limits, then the token: a wrong one learns nothing about the input and changes nothing.
  const gate = checkEditor(await headers(), field(f, "token") ?? "", env().EDITOR_TOKEN, "correction");
  if (!gate.ok) return { status: "refused", message: gate.message };

  const action = field(f, "action");
  const to =
    action === "set_date"
      ? { date: field(f, "date") ?? "", dateEnd: field(f, "dateEnd") ?? "" }
      : action === "move_article"
        ? field(f, "target")
        : action === "merge"
          ? field(f, "mergeInto")
          : field(f, action === "set_title" ? "title" : action === "set_place" ? "place" : "kind");
  const parsed = Form.safeParse({
    note: field(f, "note") || undefined,
    correction: { slug: field(f, "slug"), action, to, articleId: field(f, "articleId"), articleIds: f.getAll("splitArticle").filter((v) => typeof v === "string") },
  });
  if (!parsed.success) return { status: "refused", message: parsed.error.issues[0]?.message ?? "طلب غير صالح" };

  const { correction, note } = parsed.data;
  const outcome = await correctEvent(correction, note);
  if (!outcome.ok) return { status: "refused", message: REFUSALS[outcome.reason] };
  revalidatePath("/", "layout");
  // A split sends the editor to the new event, where its coverage can be corrected further.
  if (correction.action === "split" && outcome.event) redirect(`/events/${outcome.event}`);
  // A merge, or moving an event's last article away, leaves no event to show here: follow the articles.
  if ((correction.action === "move_article" || correction.action === "merge") && !(await getEvent(correction.slug))) redirect(`/events/${correction.to}`);
  return { status: "done", message: "حُفظ التصحيح وأعيد تجميع الأحداث." };
}
