// zod schemas of the editable gazetteers in data/*.json: a typo there fails loudly at load, naming the field.
import { z } from "zod";
import { REGISTRY_OUTLET_TYPES } from "../enums/outlet-type";

const name = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs like john-kerry");

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/** A title the person held ("وزير الخارجية الأمريكي"), with the dates of office where they matter. */
export const TitleSchema = z.union([
  name.transform((title) => ({ title, from: null, to: null })),
  z.object({ title: name, from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) }),
]);

export const PersonSchema = z.object({
  id: slug,
  nameAr: name,
  nameLatin: name,
  variants: z.array(name).min(1),
  /** Surnames that are ordinary words too: matched only after a full-name mention in the same article. */
  shortForms: z.array(name).default([]),
  titles: z.array(TitleSchema).default([]),
});

/**
 * A spelling that is also an ordinary word or an adjective, matched only in a context that makes it a name:
 * needsCue: a cue word of its file (في، مدينة، ريف / قناة، صحيفة) or a proclitic ب/ل before it, or a coordinated
 * name (حمص وحماة);
 * notAfter / notBefore: words (with * as a wildcard: "ال*" is any definite word) that rule it out when adjacent.
 */
export const GuardedSpellingSchema = z.object({
  spelling: name,
  needsCue: z.boolean().default(false),
  /** With needsCue: also accepted opening a sentence or a title (an adjective never does: "سورية: ..."). */
  startsSentence: z.boolean().default(false),
  /** Also the accusative adjective without its tanween ("مصدرا دبلوماسيا روسيا"): not after an indefinite accusative word. */
  accusativeAdjective: z.boolean().default(false),
  notAfter: z.array(name).default([]),
  notBefore: z.array(name).default([]),
});

const entityFields = {
  id: slug,
  nameAr: name,
  nameLatin: name,
  /** Spellings matched anywhere (whole words, proclitics allowed, the longest spelling at a position wins). */
  variants: z.array(name).default([]),
  /** Spellings that count only after another spelling of the same entity appeared in the article. */
  shortForms: z.array(name).default([]),
  guarded: z.array(GuardedSpellingSchema).default([]),
  note: z.string().optional(),
};

const spelled = (e: { variants: string[]; guarded: unknown[] }) => e.variants.length + e.guarded.length > 0;
const SPELLED = { message: "needs at least one variant or guarded spelling" };

export const PlaceSchema = z
  .object({
    ...entityFields,
    kind: z.enum(["country", "city", "region"]),
    /** The id of the country a city or region is in. */
    country: slug.nullable().default(null),
  })
  .refine(spelled, SPELLED);

/** Media are organisations when an article cites them as sources ("صحيفة واشنطن بوست"). */
export const OrganizationSchema = z
  .object({
    ...entityFields,
    kind: z.enum(["state-body", "international", "armed-group", "political", "media"]),
  })
  .refine(spelled, SPELLED);

/** A path segment of a mirror site's URL (masress.com/<slug>/<id>): lower-case letters, digits, - and _. */
const mirrorSlug = z.string().regex(/^[a-z0-9_-]+$/, "a mirror slug is one lower-case path segment, like youm7");

export const OutletSchema = z
  .object({
    id: slug,
    nameAr: name,
    nameLatin: name.nullable().default(null),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[a-z0-9_-]+)*$/i, "a host name, optionally with a path")).default([]),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code like EG")
      .nullable()
      .default(null),
    /** state-agency, state-broadcaster, state-press, private, party or aggregator. */
    type: z.enum(REGISTRY_OUTLET_TYPES),
    brands: z.array(name).default([]),
    weakBrands: z.array(name).default([]),
    /** A site that republishes other outlets under /<slug>/ (masress, sauress ...): resolved to the publisher. */
    mirror: z.boolean().default(false),
    /** The first path segment under which mirror sites republish this outlet (masress.com/veto/... is Veto). */
    mirrorSlugs: z.array(mirrorSlug).default([]),
    /** The id in data/agencies.json when the outlet is that news agency's own site. */
    agencyOf: slug.nullable().default(null),
    /** A network of sites run by one publisher that share URLs and datelines (arabstoday). */
    group: slug.nullable().default(null),
    note: z.string().optional(),
  })
  .refine((o) => !o.mirror || o.type === "aggregator", { message: "a mirror site has type aggregator", path: ["type"] })
  .refine((o) => !o.mirror || o.domains.length > 0, { message: "a mirror site needs its domain", path: ["domains"] });

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
  outlets: z
    .array(OutletSchema)
    .superRefine(uniqueIds)
    .superRefine((outlets, ctx) => {
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
export const PlacesFileSchema = z.object({
  /** Words before a guarded spelling that make it a place name: prepositions and place nouns. */
  cueWords: z.array(name).default([]),
  places: z.array(PlaceSchema).superRefine(uniqueIds),
});
export const OrganizationsFileSchema = z.object({
  cueWords: z.array(name).default([]),
  organizations: z.array(OrganizationSchema).superRefine(uniqueIds),
});
export const AgenciesFileSchema = z.object({
  agencies: z.array(AgencySchema).superRefine(uniqueIds),
  /** Dateline words for the outlet's own reporters ("خاص", "مراسلنا"): never an agency. */
  ownReporting: z.array(name).default([]),
});

export type PersonEntry = z.infer<typeof PersonSchema>;
export type PersonTitle = z.infer<typeof TitleSchema>;
export type GuardedSpelling = z.infer<typeof GuardedSpellingSchema>;
export type PlaceEntry = z.infer<typeof PlaceSchema>;
export type OrganizationEntry = z.infer<typeof OrganizationSchema>;
export type OutletEntry = z.infer<typeof OutletSchema>;
export type AgencyEntry = z.infer<typeof AgencySchema>;
export type BoilerplateConfig = z.infer<typeof BoilerplateSchema>;
