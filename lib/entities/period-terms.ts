// Words whose use belongs to a period (data/period-terms.json): «جنيف 2» is 2013–2014 talk, «خفض التصعيد»
// 2017 talk. Validated once and cached; grouping reads them to place an undated article in time.
import { z } from "zod";
import periodTermsJson from "../../data/period-terms.json";
import { once } from "../cache";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

const PeriodSchema = z.object({ from: isoDate, to: isoDate }).refine((p) => p.to >= p.from, { message: "to is before from", path: ["to"] });

export const PeriodTermSchema = z.object({
  terms: z.array(z.string().trim().min(2)).min(1),
  /** When the terms were current; a term current twice (chemical weapons in 2013 and 2017) lists both. */
  periods: z.array(PeriodSchema).min(1),
  note: z.string().min(1, "say what opened and closed the period"),
});

export const PeriodTermsFileSchema = z.object({ about: z.string(), terms: z.array(PeriodTermSchema) });
export type PeriodTerm = z.infer<typeof PeriodTermSchema>;

export function buildPeriodTerms(data: unknown, file = "data/period-terms.json"): PeriodTerm[] {
  const result = PeriodTermsFileSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) =>
        `${i.path[0] === "terms" && typeof i.path[1] === "number" ? `term group ${i.path[1] + 1}` : i.path.join(".")}${i.path.length > 2 ? `, ${i.path.slice(2).join(".")}` : ""}: ${i.message}`,
    );
    throw new Error(`${file} is invalid:\n${lines.join("\n")}`);
  }
  return result.data.terms;
}

export const loadPeriodTerms: () => PeriodTerm[] = once(() => buildPeriodTerms(periodTermsJson));
