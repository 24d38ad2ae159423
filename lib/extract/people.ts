// The people of one article: gazetteer people (data/people.json) and people discovered from role patterns
// in the body (discover-people.ts), each counted over title, caption and body (tally.ts). A discovered
// person gets a transliterated id and counts once per full name and, after it, once per bare surname.
import { tokenize, type Token } from "../arabic/tokens";
import { slugify } from "../arabic/transliterate";
import type { Gazetteers } from "../entities/gazetteers";
import type { ScannedPart } from "../entities/find-entities";
import { compilePeopleMatcher, type Mention } from "../entities/people-matcher";
import { compilePhraseMatcher } from "../entities/phrase-matcher";
import { loadRoleLexicon, peel, type RoleLexicon } from "../entities/role-patterns";
import { tallyMentions, type TextPart } from "../entities/tally";
import { tokensOf } from "../entities/token-cache";
import { discoverPeople, type Discovery, type DiscoveryContext } from "./discover-people";
import type { PersonRef } from "./types";

interface Vocabulary {
  entityWord(norm: string): boolean;
  firstName(norm: string): boolean;
  /** The gazetteer's ids, which a discovered person's id must not take. */
  ids: ReadonlySet<string>;
}

const vocabularies = new WeakMap<Gazetteers, Vocabulary>();

/** Single words that are places or organisations, and the first names of gazetteer people. */
function vocabularyOf(g: Gazetteers, lex: RoleLexicon): Vocabulary {
  let v = vocabularies.get(g);
  if (v) return v;
  const one = (s: string) => tokenize(s).map((t) => t.norm);
  const entityWords = new Set<string>();
  for (const e of [...g.places, ...g.organizations])
    for (const s of [...e.variants, ...e.shortForms, ...e.guarded.map((x) => x.spelling)]) {
      const words = one(s);
      if (words.length === 1) entityWords.add(words[0]!);
    }
  const firstNames = new Set<string>();
  for (const p of g.people)
    for (const s of p.variants) {
      const words = one(s);
      const first = words[0];
      if (words.length >= 2 && first && first.length >= 3 && !lex.particle(first) && !lex.notName(first) && !peel(first).definite) firstNames.add(first);
    }
  v = { entityWord: (n) => entityWords.has(n), firstName: (n) => firstNames.has(n), ids: new Set(g.people.map((p) => p.id)) };
  vocabularies.set(g, v);
  return v;
}

const spanOf = (m: { first: number; last: number }) => ({ first: m.first, last: m.last });
const titleCase = (slug: string) =>
  slug
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");

interface Found {
  id: string;
  discovery: Discovery;
}

/** One id per discovered name; a name the gazetteer's ids already use gets a suffix. */
function identify(discoveries: Discovery[], taken: ReadonlySet<string>): Found[] {
  const byName = new Map<string, Found>();
  for (const d of discoveries) {
    // Short strings are tokenized apart: the token cache keeps the article's long texts.
    const key = tokenize(d.name)
      .map((t) => t.norm)
      .join(" ");
    if (byName.has(key)) continue;
    let id = slugify(d.name) || "person";
    if (taken.has(id)) id = `${id}-discovered`;
    byName.set(key, { id, discovery: d });
  }
  return [...byName.values()];
}

export interface ArticlePeople {
  people: PersonRef[];
  /**
   * The body's gazetteer mentions as a scan knowing every person of the article finds them (the quotations'
   * scan), when the main scan's are those; null when a short name there was decided otherwise.
   */
  bodyMentions: Mention[] | null;
}

export function findArticlePeople(g: Gazetteers, parts: TextPart[], scanned: ScannedPart[], lex: RoleLexicon = loadRoleLexicon()): ArticlePeople {
  const matcher = compilePeopleMatcher(g.people);
  const known = new Set<string>();
  // What the body's scan owed to the title and caption: short names it took or left by whether they had named the person.
  let bodyScan: { raw: Mention[]; knownBefore: Set<string>; consulted: Set<string> } | null = null;
  const gazetteer = parts.map(({ part, text }) => {
    if (part !== "body") return { part, text, mentions: notFamily(matcher.scan(text, known), tokensOf(text), lex) };
    const knownBefore = new Set(known);
    const consulted = new Set<string>();
    const raw = matcher.scan(text, known, undefined, consulted);
    bodyScan = { raw, knownBefore, consulted };
    return { part, text, mentions: notFamily(raw, tokensOf(text), lex) };
  });

  const body = gazetteer.find((p) => p.part === "body");
  const entityHits = scanned.find((p) => p.part === "body")?.hits ?? [];
  const vocabulary = vocabularyOf(g, lex);
  const ctx: DiscoveryContext = {
    lex,
    known: (body?.mentions ?? []).map(spanOf),
    entities: entityHits.map((h) => ({ ...spanOf(h), place: h.target.type === "place" })),
    entityWord: vocabulary.entityWord,
    firstName: vocabulary.firstName,
  };
  const discovered = body?.text ? identify(discoverPeople(body.text, tokensOf(body.text), ctx), vocabulary.ids) : [];

  const extra = discovered.length ? discoveredMentions(discovered, gazetteer, lex) : gazetteer.map(() => []);
  const tallied = tallyMentions(
    gazetteer.map(({ part, mentions }, i) => ({
      part,
      mentions: (extra[i]!.length ? [...mentions, ...extra[i]!].sort((a, b) => a.start - b.start) : mentions).map((m) => ({ key: m.personId, text: m.text, lesser: m.glued })),
    })),
  );
  const info = new Map(discovered.map((f) => [f.id, f.discovery]));
  const people: PersonRef[] = tallied.map((t) => {
    const d = info.get(t.key);
    if (!d) return { id: t.key, asWritten: t.asWritten, count: t.count };
    return { id: t.key, asWritten: t.asWritten, count: t.count, discovered: { nameAr: d.name, nameLatin: titleCase(t.key), role: d.role, country: d.country } };
  });
  return { people, bodyMentions: reusableBodyScan(bodyScan, people) };
}

/**
 * A scan of the body knowing every person of the article (quotes.ts) takes the same path as the main one as
 * long as each short name the main scan decided on what the title and caption had named is decided the same
 * way on the article's people: then its mentions are the main scan's.
 */
function reusableBodyScan(scan: { raw: Mention[]; knownBefore: Set<string>; consulted: Set<string> } | null, people: PersonRef[]): Mention[] | null {
  if (!scan) return null;
  const named = new Set(people.map((p) => p.id));
  for (const id of scan.consulted) if (scan.knownBefore.has(id) !== named.has(id)) return null;
  return scan.raw;
}

/** «لعائلة الأسد»، «آل الأسد»: a one-word surname after a family noun is the family, not the person. */
function notFamily(mentions: Mention[], tokens: Token[], lex: RoleLexicon): Mention[] {
  return mentions.filter((m) => m.first !== m.last || m.first === 0 || !tokens[m.first]!.joined || !lex.familyNoun(tokens[m.first - 1]!.norm));
}

/** Mentions of discovered people in every part: the full name, then the bare surname, where no gazetteer name is. */
function discoveredMentions(found: Found[], parts: Array<{ text: string; mentions: Mention[] }>, lex: RoleLexicon): Mention[][] {
  const spellings = found.flatMap(({ id, discovery }) => {
    const words = tokenize(discovery.name);
    const surname = words[words.length - 1]!.norm;
    const usable = words.length >= 2 && surname.length >= 3 && !lex.notName(surname) && !lex.particle(surname);
    return [{ target: id, text: discovery.name }, ...(usable ? [{ target: id, text: surname, short: true }] : [])];
  });
  const matcher = compilePhraseMatcher(spellings);
  const known = new Set<string>();
  return parts.map(({ text, mentions }) => {
    const busy = new Set(mentions.flatMap((m) => Array.from({ length: m.last - m.first + 1 }, (_, k) => m.first + k)));
    return matcher
      .scan(text, known)
      .filter((h) => !Array.from({ length: h.last - h.first + 1 }, (_, k) => h.first + k).some((k) => busy.has(k)))
      .map((h) => ({ personId: h.target, start: h.start, end: h.end, text: h.text, first: h.first, last: h.last, glued: h.glued }));
  });
}
