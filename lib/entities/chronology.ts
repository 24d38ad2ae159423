// The reference chronology (data/chronology.json), validated once and cached. Grouping names, dates and
// anchors events with it (lib/events/chronology-*.ts); the schema is in chronology-schema.ts.
import chronologyJson from "../../data/chronology.json";
import { ChronologyFileSchema, type ChronologyEntry } from "./chronology-schema";
import { once } from "../cache";

export type { ChronologyEntry, ChronologyKind } from "./chronology-schema";

/** Validates chronology data from any source (tests build small ones); an error names the entry and field. */
export function buildChronology(data: unknown, file = "data/chronology.json"): ChronologyEntry[] {
  const result = ChronologyFileSchema.safeParse(data);
  if (result.success) return result.data.entries;
  const entries = (data as { entries?: Array<{ id?: unknown }> } | null)?.entries;
  const lines = result.error.issues.map((issue) => {
    const [top, index, ...rest] = issue.path;
    if (top !== "entries" || typeof index !== "number") return `${issue.path.join(".") || "(file)"}: ${issue.message}`;
    const id = entries?.[index]?.id;
    return `entry ${index + 1}${typeof id === "string" ? ` (${id})` : ""}${rest.length ? `, ${rest.join(".")}` : ""}: ${issue.message}`;
  });
  throw new Error(`${file} is invalid:\n${lines.join("\n")}`);
}

export const loadChronology: () => ChronologyEntry[] = once(() => buildChronology(chronologyJson));
