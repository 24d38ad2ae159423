// The zod schema of the reference chronology (data/chronology.json): one entry per concrete occurrence of
// US–Russia diplomacy on Syria. A malformed entry fails loudly at load, naming the entry and the field.
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs like 2016-10-15-lausanne-meeting");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
  }, "not a calendar date");
const text = z.string().trim().min(1);

/** What took place; "conference" is a multilateral round both sides attended, "statement" a joint or unilateral announcement. */
export const CHRONOLOGY_KINDS = ["meeting", "call", "conference", "visit", "statement", "agreement"] as const;

export const ChronologyEntrySchema = z
  .object({
    id: slug,
    date: isoDate,
    endDate: isoDate.nullable().default(null),
    kind: z.enum(CHRONOLOGY_KINDS),
    /** Place id (data/places.json where the gazetteer has it); null for phone calls. */
    place: slug.nullable().default(null),
    placeAr: text.nullable().default(null),
    /** Person ids of data/people.json, the US and Russian principals first. */
    participants: z.array(slug).min(1),
    titleAr: text,
    titleEn: text,
    /** Phrases the press uses for it later («جنيف 2», «اتفاق 9 سبتمبر»). */
    aliasesAr: z.array(text).default([]),
    /** Adjacent occurrences of one round share a storyline slug. */
    storyline: slug.nullable().default(null),
    sources: z.array(z.string().url()).min(1, "every entry names at least one public source"),
    note: z.string().optional(),
  })
  .refine((e) => e.endDate === null || e.endDate >= e.date, { message: "endDate is before date", path: ["endDate"] })
  .refine((e) => e.date >= "2012-01-01" && e.date <= "2017-12-31", { message: "outside 2012–2017", path: ["date"] });

export const ChronologyFileSchema = z.object({
  about: z.string(),
  entries: z.array(ChronologyEntrySchema).superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: "custom", message: `duplicate id ${e.id}`, path: [i, "id"] });
      seen.add(e.id);
    });
  }),
});

export type ChronologyEntry = z.infer<typeof ChronologyEntrySchema>;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];
