// zod schemas of the editable gazetteers in data/*.json: a typo there fails loudly at load, naming the field.
import { z } from "zod";
import { REGISTRY_OUTLET_TYPES } from "../enums/outlet-type";
import { spellingVariants } from "./spellings";

const name = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs like john-kerry");

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/** A title the person held ("وزير الخارجية الأمريكي"), with the dates of office where they matter. */
export const TitleSchema = z.union([
  name.transform((title) => ({ title, from: null, to: null })),
  z.object({ title: name, from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) }),
]);

/** A person's main part in 2012-2017 coverage: read by the on-topic classifier and shown with discovered people. */
export const PERSON_ROLES = [
  "head-of-state",
  "head-of-government",
  "foreign-minister",
  "defence-minister",
  "minister",
  "diplomat",
  "spokesperson",
  "envoy",
  "un-official",
  "opposition",
  "military",
  "armed-group",
  "journalist",
  "other",
] as const;

/** ISO 3166 alpha-2, or the body a person speaks for (UN, EU, NATO, ARAB-LEAGUE). */
const personCountry = z.string().regex(/^(?:[A-Z]{2}|UN|EU|NATO|ARAB-LEAGUE)$/, "an ISO 3166 alpha-2 code (US, RU) or UN, EU, NATO, ARAB-LEAGUE");

export const PersonSchema = z.object({
  id: slug,
  nameAr: name,
  nameLatin: name,
  variants: z.array(name).min(1),
  /** Surnames that are ordinary words too: matched only after a full-name mention in the same article. */
  shortForms: z.array(name).default([]),
  titles: z.array(TitleSchema).default([]),
  role: z.enum(PERSON_ROLES).nullable().default(null),
  country: personCountry.nullable().default(null),
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
    /** A country's ISO 3166 alpha-2 code: what people.json gives as a person's country. */
    iso: z
      .string()
      .regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code (SA, TR)")
      .nullable()
      .default(null),
    /** Phrases that name the place by describing it («العاصمة النمساوية»): matched like variants, never quoted as its name when a variant is written. */
    descriptors: z.array(name).default([]),
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

/** data/role-patterns.json: how news introduces a person the gazetteer does not know (lib/extract/discover-people.ts). */
export const RolePatternsSchema = z.object({
  roles: z
    .array(
      z.object({
        words: z.array(name).min(1),
        /** The definite noun alone introduces a name ("السيناتور جون ماكين"); else a complement is needed. */
        bare: z.boolean().default(false),
        /** "نظيره": needs a nationality adjective right before the name. */
        counterpart: z.boolean().default(false),
        /** "وزراء", "الوزيران": several people; a name follows only a nationality adjective ("وزراء الخارجية الأميركي جون كيري"). */
        plural: z.boolean().default(false),
      }),
    )
    .min(1),
  nationalities: z.array(z.object({ forms: z.array(name).min(1), country: personCountry })).min(1),
  complementWords: z.array(name).default([]),
  constructNouns: z.array(name).default([]),
  linkers: z.array(name).default([]),
  excludedComplements: z.array(name).default([]),
  familyNouns: z.array(name).default([]),
  nameParticles: z.array(name).default([]),
  nameSuffixes: z.array(name).default([]),
  firstNames: z.array(name).default([]),
  notNames: z.array(name).default([]),
});

/** data/topic-lexicon.json: what makes an article about the talks (lib/extract/topic.ts). */
const termList = z.array(name).min(1);
export const TopicLexiconSchema = z.object({
  syria: z.object({ terms: termList, label: name }),
  sides: z
    .array(
      z.object({
        side: z.enum(["US", "RU"]),
        label: name,
        terms: termList,
        places: z.array(slug).default([]),
        organizations: z.array(slug).default([]),
      }),
    )
    .length(2, "the two sides of the talks, US and RU"),
  frames: z.object({ terms: termList, places: z.array(slug).default([]), organizations: z.array(slug).default([]) }),
  diplomacy: termList,
  otherTopics: z.array(z.object({ label: name, terms: termList, places: z.array(slug).default([]) })),
});

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", message: `duplicate id ${item.id}`, path: [i, "id"] });
    seen.add(item.id);
  }
};

/** A full spelling listed for two people would give every mention to whichever was compiled first. */
const distinctSpellings = (people: PersonEntry[], ctx: z.RefinementCtx) => {
  const owner = new Map<string, string>();
  for (const [i, p] of people.entries()) {
    for (const [j, v] of p.variants.entries())
      for (const key of spellingVariants(v)) {
        const other = owner.get(key);
        if (other && other !== p.id) ctx.addIssue({ code: "custom", message: `variant ${v} is also a spelling of ${other}`, path: [i, "variants", j] });
        owner.set(key, p.id);
      }
  }
  for (const [i, p] of people.entries())
    for (const [j, s] of p.shortForms.entries())
      for (const key of spellingVariants(s)) {
        const other = owner.get(key);
        if (other && other !== p.id) ctx.addIssue({ code: "custom", message: `shortForm ${s} is a full variant of ${other}`, path: [i, "shortForms", j] });
      }
};

export const PeopleFileSchema = z.object({ people: z.array(PersonSchema).superRefine(uniqueIds).superRefine(distinctSpellings) });
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
export type PersonRole = (typeof PERSON_ROLES)[number];
export type RolePatterns = z.infer<typeof RolePatternsSchema>;
export type TopicLexiconData = z.infer<typeof TopicLexiconSchema>;
export type PersonTitle = z.infer<typeof TitleSchema>;
export type GuardedSpelling = z.infer<typeof GuardedSpellingSchema>;
export type PlaceEntry = z.infer<typeof PlaceSchema>;
export type OrganizationEntry = z.infer<typeof OrganizationSchema>;
export type OutletEntry = z.infer<typeof OutletSchema>;
export type AgencyEntry = z.infer<typeof AgencySchema>;
export type BoilerplateConfig = z.infer<typeof BoilerplateSchema>;

// English query words (data/english-terms.json): what an analyst may type in English, with the Arabic
// forms the press uses. Latin side lower-case (letters, digits, spaces, - . '); Arabic side Arabic script.
const englishForm = z
  .string()
  .trim()
  .min(2)
  .regex(/^[a-z0-9][a-z0-9 .'-]*$/, "an English form in lower-case Latin letters");
const arabicForm = z
  .string()
  .trim()
  .min(2)
  .regex(/^[\u0600-\u06ff0-9][\u0600-\u06ff0-9 -]*$/, "an Arabic word or phrase");
export const EnglishTermSchema = z.object({ en: z.array(englishForm).min(1), ar: z.array(arabicForm).min(1) });
export const EnglishTermsFileSchema = z.object({
  about: z.string(),
  terms: z.array(EnglishTermSchema).superRefine((terms, ctx) => {
    const seen = new Map<string, number>();
    terms.forEach((t, i) =>
      t.en.forEach((en) => {
        if (seen.has(en)) ctx.addIssue({ code: "custom", path: [i, "en"], message: `«${en}» is already in entry ${seen.get(en)! + 1}` });
        else seen.set(en, i);
      }),
    );
  }),
});
export type EnglishTerm = z.infer<typeof EnglishTermSchema>;
