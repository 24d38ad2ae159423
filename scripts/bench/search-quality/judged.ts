// The judged query set (judged-queries.json): queries an analyst wrote over the development corpus, each
// with the files that must be found. Validated here so a malformed entry is a clear error naming it.
import { z } from "zod";
import json from "./judged-queries.json";

export const QUERY_CLASSES = ["entity", "place", "event", "english", "dated", "phrase", "long"] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

const JudgedQuerySchema = z.object({
  class: z.enum(QUERY_CLASSES),
  q: z.string().min(1).max(200),
  /** `<slice folder>/<file>`, e.g. `a-2013-2014/004.txt`. */
  must: z.array(z.string().regex(/^[\w.-]+\/\d{3}\.txt$/)).min(1),
  note: z.string().optional(),
});
export type JudgedQuery = z.infer<typeof JudgedQuerySchema>;

export function parseJudgedQueries(data: unknown, file = "judged-queries.json"): JudgedQuery[] {
  const entries = z.object({ queries: z.array(z.unknown()) }).parse(data).queries;
  return entries.map((entry, i) => {
    const parsed = JudgedQuerySchema.safeParse(entry);
    if (!parsed.success) {
      const q = (entry as { q?: unknown })?.q;
      throw new Error(`${file}: query ${i + 1}${typeof q === "string" ? ` («${q}»)` : ""}: ${parsed.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
    }
    return parsed.data;
  });
}

export const JUDGED_QUERIES: JudgedQuery[] = parseJudgedQueries(json);
