// Parses one editable data file (data/*.json) with its zod schema. An error names the file, the entry
// (its list and position, with its id or first term: "outlets[12] (youm7), type") and the field, so an editor can find the typo: never a silent skip.
import { z } from "zod";

type Json = Record<string, unknown> | null | undefined;

/** How an editor finds an entry: its id, else its first spelling or term. */
function labelOf(entry: unknown): string | null {
  if (!entry || typeof entry !== "object") return null;
  const e = entry as Record<string, unknown>;
  for (const key of ["id", "spelling", "term", "title", "label"]) if (typeof e[key] === "string") return e[key] as string;
  for (const key of ["terms", "variants", "words", "forms"]) {
    const list = e[key];
    if (Array.isArray(list) && typeof list[0] === "string") return list[0];
  }
  return null;
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path;
  const [top, index, ...rest] = path;
  const list = typeof top === "string" ? (data as Json)?.[top] : undefined;
  if (typeof index !== "number" || !Array.isArray(list)) return `${path.join(".") || "(file)"}: ${issue.message}`;
  const label = labelOf(list[index]);
  return `${String(top)}[${index}]${label ? ` (${label})` : ""}${rest.length ? `, ${rest.join(".")}` : ""}: ${issue.message}`;
}

export function parseDataFile<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`${file} is invalid:\n${result.error.issues.map((i) => describe(i, data)).join("\n")}`);
}
