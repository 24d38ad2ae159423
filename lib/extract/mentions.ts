// Places and organisations (title, caption and body) and quotations (body) of one article.
import { compileEntityMatcher } from "../entities/entity-matcher";
import { scanEntities, summariseEntities } from "../entities/find-entities";
import type { Gazetteers } from "../entities/gazetteers";
import { compilePeopleMatcher } from "../entities/people-matcher";
import type { TextPart } from "../entities/tally";
import { compileTitles } from "../entities/titles";
import { loadLexicon } from "./quote-lexicon";
import { findQuotes } from "./quotes";
import type { ExtractedArticle, PersonRef } from "./types";

export function findMentions(
  g: Gazetteers,
  parts: TextPart[],
  body: string,
  date: string | null,
  people: PersonRef[],
): Pick<ExtractedArticle, "places" | "organizations" | "quotes"> {
  const entities = compileEntityMatcher(g);
  const scanned = scanEntities(parts, entities);
  const { places, organizations } = summariseEntities(scanned);
  const quotes = findQuotes(body, {
    people: compilePeopleMatcher(g.people),
    entities,
    entityHits: scanned.find((p) => p.part === "body")?.hits,
    titles: compileTitles(g.people),
    lex: loadLexicon(),
    date,
    named: new Set(people.map((p) => p.id)),
  });
  return { places, organizations, quotes };
}
