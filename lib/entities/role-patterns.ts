// The role lexicon of data/role-patterns.json, validated once and folded into lookups for discovery
// (lib/extract/discover-people.ts). A role noun or a nationality may carry و/ف, ب/ل/ك and ال/لل; a word
// that is never part of a name is tested as written and without a leading و/ف.
import rolePatternsJson from "../../data/role-patterns.json";
import { MONTH_NAMES } from "../arabic/months";
import { normalizeArabic } from "../arabic/normalize";
import { WEEKDAY_NAMES } from "../arabic/weekdays";
import { memoize } from "../cache";
import { parseDataFile } from "./data-file";
import { RolePatternsSchema } from "./schemas";

export interface RoleWord {
  /** The definite noun alone may introduce a name. */
  bare: boolean;
  counterpart: boolean;
  plural: boolean;
  /** Written with ال or لل. */
  definite: boolean;
}

export interface RoleLexicon {
  role(norm: string): RoleWord | null;
  /** The country or body a nationality adjective stands for, e.g. "US" for والأميركية. */
  nationality(norm: string): string | null;
  /** Continues a role's complement: a listed word, a construct noun or a linker. */
  complementWord(norm: string): "word" | "construct" | "linker" | null;
  /** Folded word sequences that make a role page furniture ("رئيس التحرير"). */
  excluded: string[][];
  particle(norm: string): boolean;
  /** "الدين" in «نور الدين»: the second half of a compound name. */
  nameSuffix(norm: string): boolean;
  /** "عائلة", "آل": the bare surname after it is the family. */
  familyNoun(norm: string): boolean;
  /** A listed common first name. */
  firstName(norm: string): boolean;
  /** In notNames as written, or with و/ف/ب/ل before it: a function word or a common word ("الذي", "وقال"). */
  listed(norm: string): boolean;
  /** A common word: never part of a name. */
  notName(norm: string): boolean;
}

const fold = (w: string) => normalizeArabic(w).toLowerCase();
const CONJ = /^[وف]/;
const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** The word without its proclitics and article: "والأميركية" -> "اميركيه"; definite when it had ال/لل. */
export function peel(norm: string): { core: string; definite: boolean } {
  const m = ARTICLE.exec(norm);
  // Three letters at least after the article: "فالتر" and "كالن" are names, not ف+ال+تر.
  if (m && norm.length - m[0].length >= 3) return { core: norm.slice(m[0].length), definite: true };
  let core = norm;
  if (CONJ.test(core) && core.length > 3) core = core.slice(1);
  if (/^[بلك]/.test(core) && core.length > 3) return { core: core.slice(1), definite: false };
  return { core, definite: false };
}

const coreOf = (w: string) => peel(fold(w)).core;

export function compileRoleLexicon(data: unknown, file = "data/role-patterns.json"): RoleLexicon {
  const lex = parseDataFile(RolePatternsSchema, data, file);
  const roles = new Map<string, Omit<RoleWord, "definite">>();
  for (const r of lex.roles) for (const w of r.words) roles.set(coreOf(w), { bare: r.bare, counterpart: r.counterpart, plural: r.plural });
  const nationalities = new Map<string, string>();
  for (const n of lex.nationalities)
    for (const f of n.forms) {
      const core = coreOf(f);
      // The feminine (ة folds to ه), the dual and the plurals of the adjective.
      for (const form of [core, `${core}ه`, `${core}ين`, `${core}ان`, `${core}ون`]) nationalities.set(form, n.country);
    }
  const words = new Set(lex.complementWords.map(fold));
  const constructs = new Set(lex.constructNouns.map(fold));
  const linkers = new Set(lex.linkers.map(fold));
  const particles = new Set(lex.nameParticles.map(fold));
  const suffixes = new Set(lex.nameSuffixes.map(fold));
  const families = new Set(lex.familyNouns.map((w) => coreOf(w)));
  // Month and weekday names are never part of a name («جان نويل بارو الأحد»).
  const calendar = [...MONTH_NAMES, ...WEEKDAY_NAMES].flatMap(([, names]) => names.flatMap((n) => fold(n).split(/\s+/)));
  const stop = new Set([...lex.notNames.map(fold), ...calendar]);
  const firstNames = new Set(lex.firstNames.map(fold));
  const listed = (norm: string) => stop.has(norm) || (/^[وفبل]/.test(norm) && norm.length > 3 && stop.has(norm.slice(1)));
  const roleOf = (norm: string): RoleWord | null => {
    const { core, definite } = peel(norm);
    const hit = roles.get(core) ?? roles.get(norm);
    return hit ? { ...hit, definite } : null;
  };
  return {
    role: memo(roleOf),
    nationality: memo((norm) => nationalities.get(peel(norm).core) ?? null),
    complementWord(norm) {
      const bare = CONJ.test(norm) && norm.length > 3 ? norm.slice(1) : norm;
      if (linkers.has(norm) || linkers.has(bare)) return "linker";
      if (words.has(norm) || words.has(bare)) return "word";
      if (constructs.has(norm) || constructs.has(bare)) return "construct";
      // لحلف، بوزارة: a construct noun after a preposition.
      if (/^[لب]/.test(bare) && bare.length > 3 && constructs.has(bare.slice(1))) return "construct";
      return null;
    },
    excluded: lex.excludedComplements.map((e) => fold(e).split(/\s+/)),
    particle: (norm) => particles.has(norm),
    nameSuffix: (norm) => suffixes.has(norm),
    familyNoun: (norm) => families.has(peel(norm).core) || families.has(norm),
    firstName: (norm) => firstNames.has(norm),
    // As written, without و/ف ("وقال"), or without ب/ل ("لبحث"), when what is left is a word of its own.
    listed,
    // A definite word is common when its bare noun is ("الوفد" as "وفد").
    notName: memo((norm) => {
      if (listed(norm)) return true;
      const { core, definite } = peel(norm);
      return definite && stop.has(core);
    }),
  };
}

/** Every word is looked up many times over a corpus: remember the answers (the one cache helper, bounded). */
const memo = <T extends NonNullable<unknown> | null>(fn: (norm: string) => T): ((norm: string) => T) => memoize(fn, 100_000);

let cached: RoleLexicon | null = null;

export function loadRoleLexicon(): RoleLexicon {
  cached ??= compileRoleLexicon(rolePatternsJson);
  return cached;
}
