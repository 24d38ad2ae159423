// Editor/scraper sidecars (`<name>.meta.json`). Each field is checked on its own: a bad field is dropped
// with a warning and the rest still counts, so one typo never discards an editor's date.
import { z } from "zod";
import type { Sidecar } from "./types";

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const text = z.string().trim().min(1);
export const SIDECAR_FIELDS = {
  url: z.url({ protocol: /^https?$/ }),
  outlet: text,
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
    .refine(isCalendarDate, "not a calendar date"),
  title: text,
  note: text,
} satisfies Record<keyof Sidecar, z.ZodType<string>>;

export const SidecarSchema = z.object(SIDECAR_FIELDS).partial();

export interface SidecarResult {
  sidecar: Sidecar | undefined;
  warnings: string[];
}

/** Validates an already-parsed sidecar object field by field. */
export function checkSidecar(data: unknown): SidecarResult {
  if (data === undefined || data === null) return { sidecar: undefined, warnings: [] };
  if (typeof data !== "object" || Array.isArray(data)) return { sidecar: undefined, warnings: ["sidecar: not a JSON object, ignored"] };
  const sidecar: Sidecar = {};
  const warnings: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    // Own fields only: "__proto__" or "constructor" in a sidecar must not reach Object.prototype.
    const schema = Object.hasOwn(SIDECAR_FIELDS, field) ? SIDECAR_FIELDS[field as keyof Sidecar] : undefined;
    if (!schema) {
      warnings.push(`sidecar: unknown field "${field}" ignored`);
      continue;
    }
    const r = schema.safeParse(value);
    if (r.success) sidecar[field as keyof Sidecar] = r.data;
    else warnings.push(`sidecar: ${field} ignored (${r.error.issues[0]?.message ?? "invalid"})`);
  }
  return { sidecar: Object.keys(sidecar).length ? sidecar : undefined, warnings };
}

/** Parses the text of a `.meta.json` file. */
export function parseSidecar(json: string): SidecarResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { sidecar: undefined, warnings: ["sidecar: not valid JSON, ignored"] };
  }
  return checkSidecar(data);
}
