// How each sentence class looks: a colour AND a non-colour signal (underline style and a glyph), with
// the Arabic label screen readers hear. One table shared by the columns, the legend and the summary.
import type { SentenceClass } from "@/lib/compare/types";

export const CLASS_ORDER: SentenceClass[] = ["identical", "near", "paraphrase", "unique"];

export const CLASS_LABELS: Record<SentenceClass, string> = {
  identical: "متطابقة",
  near: "شبه متطابقة",
  paraphrase: "معاد صياغتها",
  unique: "ينفرد بها",
};

export const CLASS_HINTS: Record<SentenceClass, string> = {
  identical: "الجملة نفسها حرفيًا في مقال آخر",
  near: "الجملة نفسها مع تعديل كلمات قليلة (الكلمات المختلفة معلّمة)",
  paraphrase: "المعلومة نفسها بصياغة أخرى",
  unique: "لا مقابل لها في المقالات الأخرى",
};

/** Glyph shown before the sentence (aria-hidden: the label says it in words). */
export const CLASS_GLYPHS: Record<SentenceClass, string> = { identical: "=", near: "≈", paraphrase: "~", unique: "◇" };

/** Background colour plus an underline style, so the class survives without colour (print, colour blindness). */
export const CLASS_STYLES: Record<SentenceClass, string> = {
  identical: "bg-emerald-100 decoration-emerald-800 decoration-solid underline decoration-2 dark:bg-emerald-950 dark:decoration-emerald-300",
  near: "bg-sky-100 decoration-sky-800 decoration-dashed underline decoration-2 dark:bg-sky-950 dark:decoration-sky-300",
  paraphrase: "bg-amber-100 decoration-amber-800 decoration-dotted underline decoration-2 dark:bg-amber-950 dark:decoration-amber-300",
  unique: "no-underline",
};
