// Places and organisations (title, caption and body) and quotations (body) of one article.
import { compileEntityMatcher } from "../entities/entity-matcher";
import { scanEntities, summariseEntities, type ScannedPart } from "../entities/find-entities";
import type { Gazetteers } from "../entities/gazetteers";
import { compilePeopleMatcher, type Mention } from "../entities/people-matcher";
import type { TextPart } from "../entities/tally";
import { compileTitles } from "../entities/titles";
import { loadLexicon } from "./quote-lexicon";
import { findQuotes } from "./quotes";
import type { ExtractedArticle, PersonRef } from "./types";

/** Every place and organisation mention in every part (people discovery reads them too). */
export function scanPartEntities(g: Gazetteers, parts: TextPart[]): ScannedPart[] {
  return scanEntities(parts, compileEntityMatcher(g));
}

export function findMentions(
  g: Gazetteers,
  scanned: ScannedPart[],
  body: string,
  date: string | null,
  people: PersonRef[],
  /** The body's people as a scan knowing `people` finds them, when already found (findArticlePeople). */
  bodyPeople: Mention[] | null = null,
): Pick<ExtractedArticle, "places" | "organizations" | "quotes"> {
  const entities = compileEntityMatcher(g);
  const { places, organizations } = summariseEntities(scanned);
  const quotes = findQuotes(body, {
    people: compilePeopleMatcher(g.people),
    entities,
    entityHits: scanned.find((p) => p.part === "body")?.hits,
    peopleHits: bodyPeople ?? undefined,
    titles: compileTitles(g.people),
    lex: loadLexicon(),
    date,
    named: new Set(people.map((p) => p.id)),
  });
  return { places, organizations, quotes };
}
