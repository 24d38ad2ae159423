// zod schemas of the editable gazetteers in data/*.json: a typo there fails loudly at load, naming the field.
import { z } from "zod";

const name = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs like john-kerry");

export const PersonSchema = z.object({
  id: slug,
  nameAr: name,
  nameLatin: name,
  variants: z.array(name).min(1),
  /** Surnames that are ordinary words too: matched only after a full-name mention in the same article. */
  shortForms: z.array(name).default([]),
  titles: z.array(name).default([]),
});

export const OutletSchema = z.object({
  id: slug,
  nameAr: name,
  nameLatin: name.nullable().default(null),
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[a-z0-9_-]+)*$/i, "a host name, optionally with a path")).default([]),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  brands: z.array(name).default([]),
  weakBrands: z.array(name).default([]),
});

export const AgencySchema = z.object({ id: slug, label: name, aliases: z.array(name).min(1) });

const phraseGroups = z.record(z.string().regex(/^[a-z-]+$/), z.array(name));
export const BoilerplateSchema = z.object({
  maxWords: z.record(z.string(), z.number().int().positive()).default({}),
  line: phraseGroups.default({}),
  start: phraseGroups.default({}),
  anywhere: phraseGroups.default({}),
  /** Reason codes of section headers that end the article (comments, related stories, copyright). */
  endsArticle: z.array(z.string()).default([]),
});

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", message: `duplicate id ${item.id}`, path: [i, "id"] });
    seen.add(item.id);
  }
};

export const PeopleFileSchema = z.object({ people: z.array(PersonSchema).superRefine(uniqueIds) });
export const OutletsFileSchema = z.object({
  outlets: z.array(OutletSchema).superRefine(uniqueIds).superRefine((outlets, ctx) => {
    // The database keeps one outlet per domain.
    const seen = new Map<string, string>();
    for (const o of outlets)
      for (const d of o.domains) {
        const key = d.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: `domain ${d} is listed by ${seen.get(key)} and ${o.id}` });
        seen.set(key, o.id);
      }
  }),
});
export const AgenciesFileSchema = z.object({
  agencies: z.array(AgencySchema).superRefine(uniqueIds),
  /** Dateline words for the outlet's own reporters ("خاص", "مراسلنا"): never an agency. */
  ownReporting: z.array(name).default([]),
});

export type PersonEntry = z.infer<typeof PersonSchema>;
export type OutletEntry = z.infer<typeof OutletSchema>;
export type AgencyEntry = z.infer<typeof AgencySchema>;
export type BoilerplateConfig = z.infer<typeof BoilerplateSchema>;
