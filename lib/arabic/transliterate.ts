// A rough Arabic-to-Latin spelling for machine ids ("الوطن أونلاين" -> "alwtn-awnlayn"). Not for display.
import { normalizeArabic } from "./normalize";

const MAP: Record<string, string> = {
  ا: "a",
  ء: "",
  ؤ: "w",
  ئ: "y",
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "a",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ة: "h",
  و: "w",
  ي: "y",
  ى: "a",
  پ: "p",
  چ: "ch",
  گ: "g",
  ڤ: "v",
};

export function slugify(text: string): string {
  const latin = [...normalizeArabic(text).toLowerCase()].map((c) => MAP[c] ?? c).join("");
  return latin
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}
