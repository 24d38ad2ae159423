// The gazetteers in data/*.json, validated once and cached. Imported statically so that Next.js,
// tsx and vitest all bundle the same files without depending on the working directory.
import { z } from "zod";
import peopleJson from "../../data/people.json";
import outletsJson from "../../data/outlets.json";
import agenciesJson from "../../data/agencies.json";
import boilerplateJson from "../../data/boilerplate-phrases.json";
import {
  AgenciesFileSchema,
  BoilerplateSchema,
  OutletsFileSchema,
  PeopleFileSchema,
  type AgencyEntry,
  type BoilerplateConfig,
  type OutletEntry,
  type PersonEntry,
} from "./schemas";

export interface Gazetteers {
  people: PersonEntry[];
  outlets: OutletEntry[];
  agencies: AgencyEntry[];
  ownReporting: string[];
  boilerplate: BoilerplateConfig;
}

export interface GazetteerSources {
  people: unknown;
  outlets: unknown;
  agencies: unknown;
  boilerplate: unknown;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file} is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

const agencyFile = (f: z.infer<typeof AgenciesFileSchema>) => ({ agencies: f.agencies, ownReporting: f.ownReporting });

/** Validates gazetteer data from any source (tests build small ones). Throws with the file and field at fault. */
export function buildGazetteers(src: GazetteerSources): Gazetteers {
  return {
    people: parse(PeopleFileSchema, src.people, "data/people.json").people,
    outlets: parse(OutletsFileSchema, src.outlets, "data/outlets.json").outlets,
    ...agencyFile(parse(AgenciesFileSchema, src.agencies, "data/agencies.json")),
    boilerplate: parse(BoilerplateSchema, src.boilerplate, "data/boilerplate-phrases.json"),
  };
}

let cached: Gazetteers | null = null;

export function loadGazetteers(): Gazetteers {
  cached ??= buildGazetteers({ people: peopleJson, outlets: outletsJson, agencies: agenciesJson, boilerplate: boilerplateJson });
  return cached;
}
