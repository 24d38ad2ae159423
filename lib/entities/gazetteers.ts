// The gazetteers in data/*.json, validated once and cached. Imported statically so that Next.js,
// tsx and vitest all bundle the same files without depending on the working directory.
import { z } from "zod";
import peopleJson from "../../data/people.json";
import placesJson from "../../data/places.json";
import organizationsJson from "../../data/organizations.json";
import outletsJson from "../../data/outlets.json";
import agenciesJson from "../../data/agencies.json";
import boilerplateJson from "../../data/boilerplate-phrases.json";
import {
  AgenciesFileSchema,
  BoilerplateSchema,
  OrganizationsFileSchema,
  OutletsFileSchema,
  PeopleFileSchema,
  PlacesFileSchema,
  type AgencyEntry,
  type BoilerplateConfig,
  type OrganizationEntry,
  type OutletEntry,
  type PersonEntry,
  type PlaceEntry,
} from "./schemas";
import { once } from "../cache";

export interface Gazetteers {
  people: PersonEntry[];
  places: PlaceEntry[];
  organizations: OrganizationEntry[];
  /** Words before a guarded place spelling that make it a place (في، مدينة ...). */
  placeCues: string[];
  /** Words before a guarded organisation spelling that make it the organisation (قناة، صحيفة ...). */
  organizationCues: string[];
  outlets: OutletEntry[];
  agencies: AgencyEntry[];
  ownReporting: string[];
  boilerplate: BoilerplateConfig;
}

export interface GazetteerSources {
  people: unknown;
  /** Optional: a registry without them finds no places or organisations. */
  places?: unknown;
  organizations?: unknown;
  outlets: unknown;
  agencies: unknown;
  boilerplate: unknown;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file} is invalid:\n${result.error.issues.map((i) => describeIssue(data, i)).join("\n")}`);
  return result.data;
}

/** "outlets[12] (youm7), type: Invalid option ...": the entry by position and id, then the field. */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const [list, index, ...rest] = issue.path;
  const items = typeof list === "string" ? (data as Record<string, unknown> | null)?.[list] : undefined;
  if (typeof index !== "number" || !Array.isArray(items)) return `${issue.path.join(".") || "(file)"}: ${issue.message}`;
  const id = (items[index] as { id?: unknown } | undefined)?.id;
  const entry = `${String(list)}[${index}]${typeof id === "string" ? ` (${id})` : ""}`;
  return `${entry}${rest.length ? `, ${rest.join(".")}` : ""}: ${issue.message}`;
}

/** Outlets that name an agency (agencyOf) must name one data/agencies.json has. */
function checkAgencyLinks(outlets: OutletEntry[], agencies: AgencyEntry[]): void {
  const known = new Set(agencies.map((a) => a.id));
  const bad = outlets.filter((o) => o.agencyOf !== null && !known.has(o.agencyOf));
  if (bad.length) throw new Error(`data/outlets.json is invalid:\n${bad.map((o) => `outlet ${o.id}, agencyOf: ${o.agencyOf} is not an id in data/agencies.json`).join("\n")}`);
}

const agencyFile = (f: z.infer<typeof AgenciesFileSchema>) => ({ agencies: f.agencies, ownReporting: f.ownReporting });

/** Validates gazetteer data from any source (tests build small ones). Throws with the file and field at fault. */
export function buildGazetteers(src: GazetteerSources): Gazetteers {
  const places = parse(PlacesFileSchema, src.places ?? { places: [] }, "data/places.json");
  const organizations = parse(OrganizationsFileSchema, src.organizations ?? { organizations: [] }, "data/organizations.json");
  const outlets = parse(OutletsFileSchema, src.outlets, "data/outlets.json").outlets;
  const agencies = agencyFile(parse(AgenciesFileSchema, src.agencies, "data/agencies.json"));
  checkAgencyLinks(outlets, agencies.agencies);
  return {
    people: parse(PeopleFileSchema, src.people, "data/people.json").people,
    places: places.places,
    organizations: organizations.organizations,
    placeCues: places.cueWords,
    organizationCues: organizations.cueWords,
    outlets,
    ...agencies,
    boilerplate: parse(BoilerplateSchema, src.boilerplate, "data/boilerplate-phrases.json"),
  };
}

/** Built on first use, then kept for the process (lib/cache.ts). */
export const loadGazetteers: () => Gazetteers = once(() =>
  buildGazetteers({
    people: peopleJson,
    places: placesJson,
    organizations: organizationsJson,
    outlets: outletsJson,
    agencies: agenciesJson,
    boilerplate: boilerplateJson,
  }),
);
