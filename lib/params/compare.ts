// The comparison's URL: ?articles=<id>,<id>[,<id>]&s=<sentence id>. Parsed with zod into one typed
// selection, written back in one canonical form, so a shared link reopens the same view. Order matters
// (the first article is the first column, at the right), repeats do not.
import { z } from "zod";
import { cleanParam, type SearchParamsInput } from "./timeline";

export interface CompareSelection {
  /** Two or three distinct article ids, in column order. */
  articles: number[];
  /** The highlighted sentence (`${articleId}-${index}`), one of the selected articles'. */
  sentence?: string;
}

export interface CompareParamError {
  param: "articles" | "s";
  message: string;
  messageEn: string;
}

export type CompareParamsResult = { ok: true; selection: CompareSelection; canonical: string } | { ok: false; errors: CompareParamError[] };

export const MIN_ARTICLES = 2;
export const MAX_ARTICLES = 3;

const MESSAGES = {
  MISSING: ["اختر مقالين أو ثلاثة للمقارنة: ?articles=12,34", "Choose two or three articles to compare: ?articles=12,34"],
  REPEATED: ["هذا المعامل لا يقبل إلا قيمة واحدة.", "This parameter takes a single value."],
  BAD_ID: ["أرقام المقالات أعداد صحيحة موجبة تفصل بينها فواصل، مثل 12,34.", "Article ids are positive whole numbers separated by commas, e.g. 12,34."],
  COUNT: ["تُقارن مقالتان أو ثلاث مقالات مختلفة فقط.", "Compare two or three different articles."],
  BAD_SENTENCE: ["الجملة المحددة غير صالحة أو لا تنتمي إلى المقالات المختارة.", "The highlighted sentence is not valid or not in the selected articles."],
} as const;
type Code = keyof typeof MESSAGES;
const errorOf = (param: CompareParamError["param"], code: Code): CompareParamError => ({ param, message: MESSAGES[code][0], messageEn: MESSAGES[code][1] });

const ID = z
  .string()
  .regex(/^\d{1,9}$/, "BAD_ID")
  .transform(Number)
  .refine((n) => n >= 1, "BAD_ID");
const ArticlesSchema = z
  .string()
  .transform((s) => s.split(/[,،\s]+/).filter(Boolean))
  .pipe(z.array(ID))
  .transform((ids) => [...new Set(ids)])
  .refine((ids) => ids.length >= MIN_ARTICLES && ids.length <= MAX_ARTICLES, "COUNT");
const SentenceSchema = z.string().regex(/^\d{1,9}-\d{1,5}$/, "BAD_SENTENCE");

function valuesOf(input: SearchParamsInput, key: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(key) : [input[key]].flat().filter((v): v is string => typeof v === "string");
  return raw.map(cleanParam).filter((v) => v !== "");
}

export function parseCompareParams(input: SearchParamsInput): CompareParamsResult {
  const articles = valuesOf(input, "articles");
  const sentences = valuesOf(input, "s");
  if (articles.length === 0) return { ok: false, errors: [errorOf("articles", "MISSING")] };
  const errors: CompareParamError[] = [];
  if (articles.length > 1) errors.push(errorOf("articles", "REPEATED"));
  if (sentences.length > 1) errors.push(errorOf("s", "REPEATED"));
  if (errors.length) return { ok: false, errors };
  const ids = ArticlesSchema.safeParse(articles[0]);
  if (!ids.success) return { ok: false, errors: [errorOf("articles", ids.error.issues[0]?.message === "COUNT" ? "COUNT" : "BAD_ID")] };
  const selection: CompareSelection = { articles: ids.data };
  if (sentences[0] !== undefined) {
    const s = SentenceSchema.safeParse(sentences[0]);
    if (!s.success || !ids.data.includes(Number(s.data.split("-")[0]))) return { ok: false, errors: [errorOf("s", "BAD_SENTENCE")] };
    selection.sentence = `${Number(s.data.split("-")[0])}-${Number(s.data.split("-")[1])}`;
  }
  return { ok: true, selection, canonical: compareHref(selection) };
}

/** The canonical link: /compare?articles=1,2[,3][&s=1-4], ids in column order, no repeats. */
export function compareHref(selection: CompareSelection): string {
  const ids = [...new Set(selection.articles)].join(",");
  return `/compare?articles=${ids}${selection.sentence ? `&s=${selection.sentence}` : ""}`;
}
