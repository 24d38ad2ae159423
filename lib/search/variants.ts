// Spelling variants: names and loanwords that the press writes several ways.
// 1. Known entities (data/people.json, places.json, organizations.json): every Arabic spelling and the Latin
//    name map to ONE index token (entityToken) stored with each article that mentions the entity, so
//    "Kerry", "كيري" and "كيرى" find the same articles, and كيري never finds كيربي (a different entity).
// 2. Unknown loanwords: a bounded set of query-side alternatives (غ/ج, a long vowel ي before the last
//    letter) for long words only, so البنتاجون finds البنتاغون without flooding short Arabic words.
import { loadGazetteers, type Gazetteers } from "../entities/gazetteers";
import { spellingVariants } from "../entities/spellings";
import { normalizedWords } from "./normalize";
import { stem } from "./stem";
import { once } from "../cache";

export type EntityKind = "person" | "place" | "organization";

export interface KnownEntity {
  kind: EntityKind;
  id: string;
  nameAr: string;
  nameLatin: string;
  /** The index token stored with articles that mention it. */
  token: string;
  /** Each spelling as its stemmed words (multi-word names keep their order for phrase matching). */
  spellings: string[][];
}

const KIND_LETTER: Record<EntityKind, string> = { person: "p", place: "g", organization: "o" };

/**
 * The index token of an entity: ASCII letters and digits only, so PostgreSQL's 'simple' parser keeps it as one
 * lexeme ("john-kerry" → "xpjohnkerry"). The x prefix keeps it apart from any word of a text.
 */
export function entityToken(kind: EntityKind, id: string): string {
  return `x${KIND_LETTER[kind]}${id.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
}

/** Words of a name as the index stores them: normalised and stemmed. */
export function stemmedWords(text: string): string[] {
  return normalizedWords(text).map(stem);
}

// Latin words too common to name an entity alone ("al", "of", "state").
const LATIN_STOP = new Set([
  "al",
  "el",
  "the",
  "of",
  "and",
  "de",
  "bin",
  "ibn",
  "abu",
  "abd",
  "state",
  "front",
  "united",
  "national",
  "islamic",
  "army",
  "party",
  "city",
  "council",
  "ministry",
  "department",
  "us",
  "un",
  "new",
  "north",
  "south",
  "east",
  "west",
]);

export interface EntityIndex {
  entities: KnownEntity[];
  /** Stemmed alias words joined by a space → entities (an alias can be shared: then it names none alone). */
  byAlias: Map<string, KnownEntity[]>;
  /** The longest alias in words, to bound the greedy match. */
  maxAliasWords: number;
}

export function buildEntityIndex(g: Gazetteers): EntityIndex {
  const entities: KnownEntity[] = [];
  const byAlias = new Map<string, KnownEntity[]>();
  const add = (alias: string[], e: KnownEntity) => {
    if (alias.length === 0) return;
    const key = alias.join(" ");
    const list = byAlias.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    byAlias.set(key, list);
  };
  const register = (kind: EntityKind, e: { id: string; nameAr: string; nameLatin: string; variants: string[]; shortForms?: string[]; guarded?: Array<{ spelling: string }> }) => {
    const arabic = [e.nameAr, ...e.variants, ...(e.shortForms ?? []), ...(e.guarded ?? []).map((x) => x.spelling)];
    const spellings = uniqueLists(arabic.flatMap(spellingVariants).map(stemmedWords));
    const entity: KnownEntity = { kind, id: e.id, nameAr: e.nameAr, nameLatin: e.nameLatin, token: entityToken(kind, e.id), spellings };
    entities.push(entity);
    for (const s of spellings) add(s, entity);
    // Latin: the whole name, each part before a slash or parenthesis, and each distinctive word alone (Kerry, Lavrov).
    const latinNames = [e.nameLatin, ...e.nameLatin.split(/[/()]/)].map((s) => normalizedWords(s)).filter((w) => w.length > 0);
    for (const words of latinNames) {
      add(words, entity);
      for (const w of words) if (w.length >= 3 && !LATIN_STOP.has(w) && !/^\d+$/.test(w)) add([w], entity);
    }
    for (const v of e.variants) if (/^[A-Za-z][A-Za-z .'-]*$/.test(v)) add(normalizedWords(v), entity);
  };
  for (const p of g.people) register("person", p);
  for (const p of g.places) register("place", p);
  for (const o of g.organizations) register("organization", o);
  const maxAliasWords = Math.max(1, ...[...byAlias.keys()].map((k) => k.split(" ").length));
  return { entities, byAlias, maxAliasWords };
}

function uniqueLists(lists: string[][]): string[][] {
  const seen = new Map<string, string[]>();
  for (const l of lists) if (l.length > 0) seen.set(l.join(" "), l);
  return [...seen.values()];
}

export const entityIndex: () => EntityIndex = once(() => buildEntityIndex(loadGazetteers()));

/** The one entity an alias (stemmed words) names, or null when unknown or shared by several entities. */
export function entityOfAlias(index: EntityIndex, stems: string[]): KnownEntity | null {
  const list = index.byAlias.get(stems.join(" "));
  return list && list.length === 1 ? list[0]! : null;
}

// Loanword letters: foreign g is written غ or ج (سيرغي/سيرجي, البنتاغون/البنتاجون).
const G_LETTERS = /[\u063a\u062c]/g;
const MAX_VARIANTS = 6;
/** Only stems this long get loanword alternatives: short Arabic roots would meet unrelated words (غرب/جرب). */
export const LOANWORD_MIN_LETTERS = 5;
/** غ/ج alternatives start at four letters (سيرغي/سيرجي → سيرغ/سيرج); three-letter roots (غرب/جرب) never. */
export const G_SWAP_MIN_LETTERS = 4;
// American is written امريكي and اميركي (and every derived form): swapped wherever it occurs.
const swapAmerican = (s: string) => (s.includes("امريك") ? s.replace("امريك", "اميرك") : s.includes("اميرك") ? s.replace("اميرك", "امريك") : s);

/**
 * Query-side alternatives of an unknown word's stem (the stem itself first): امريك↔اميرك, غ↔ج, and a long ي before the
 * final letter written or not (ميونيخ/ميونخ). Bounded; غ↔ج from four letters, the vowel from five.
 */
export function loanwordVariants(stemmed: string): string[] {
  const out = new Set([stemmed, swapAmerican(stemmed)]);
  if (stemmed.length < G_SWAP_MIN_LETTERS || !/^[\u0621-\u064a]+$/.test(stemmed)) return [...out];
  if (/[\u063a\u062c]/.test(stemmed)) {
    out.add(stemmed.replace(G_LETTERS, "\u062c"));
    out.add(stemmed.replace(G_LETTERS, "\u063a"));
  }
  if (stemmed.length < LOANWORD_MIN_LETTERS) return [...out];
  for (const s of [...out]) {
    const last = s.length - 1;
    if (s[last - 1] === "\u064a") out.add(s.slice(0, last - 1) + s[last]);
    else out.add(s.slice(0, last) + "\u064a" + s[last]);
  }
  return [...out].slice(0, MAX_VARIANTS);
}

// Country names ending in يا whose adjective the stemmer reduces to the bare stem (روسيا / الروسية → روس).
/** Alternatives linking a country name and its adjective: روسيا ↔ روس, سوريا ↔ سور. */
export function countryAdjectiveVariants(stemmed: string, countries: ReadonlySet<string>): string[] {
  if (countries.has(stemmed)) return [stemmed, stemmed.slice(0, -2)];
  if (countries.has(`${stemmed}\u064a\u0627`)) return [stemmed, `${stemmed}\u064a\u0627`];
  return [stemmed];
}

let countriesCached: Set<string> | null = null;
/** Stems of country names ending in يا (سوريا, روسيا, تركيا ...), from the places gazetteer. */
export function countryStems(): ReadonlySet<string> {
  if (!countriesCached) {
    countriesCached = new Set();
    for (const p of loadGazetteers().places) {
      if (p.kind !== "country") continue;
      for (const s of [p.nameAr, ...p.variants, ...p.guarded.map((x) => x.spelling)]) {
        const words = stemmedWords(s);
        if (words.length === 1 && words[0]!.endsWith("\u064a\u0627") && words[0]!.length >= 5) countriesCached.add(words[0]!);
      }
    }
  }
  return countriesCached;
}
