// The words of attribution in data/attribution-verbs.json, validated once and folded for lookup.
import { z } from "zod";
import lexiconJson from "../../data/attribution-verbs.json";
import { normalizeArabic } from "../arabic/normalize";
import { once } from "../cache";

const word = z.string().trim().min(1);
const LexiconSchema = z.object({
  verbs: z.array(
    z.object({
      lemma: word,
      forms: z.array(word).min(1),
      participles: z.array(word).default([]),
      /** The real speaker is named after this word ("نقلت الوكالة عن لافروف"). */
      from: word.optional(),
      passive: z.boolean().default(false),
      needsConjunction: z.boolean().default(false),
      note: z.string().optional(),
    }),
  ),
  speakerNouns: z.array(word),
  modifiers: z.array(word),
  connectors: z.array(word),
  timeWords: z.array(word),
  afterQuote: z.array(word),
  sourcePrepositions: z.array(word),
  through: z.array(word).default([]),
  skipBeforeVerb: z.array(word),
});

export interface VerbInfo {
  lemma: string;
  /** مضيفا، مشيرا: no subject of its own; the sentence's speaker goes on. */
  participle: boolean;
  /** Folded word after which the real speaker is named. */
  from: string | null;
  passive: boolean;
  needsConjunction: boolean;
}

export interface QuoteLexicon {
  /** The verb a word is (with its و/ف, if any), or null. */
  verb(norm: string): { info: VerbInfo; conj: boolean } | null;
  speakerNoun: Set<string>;
  modifier: Set<string>;
  connector: Set<string>;
  timeWord: Set<string>;
  afterQuote: Set<string>;
  sourcePreposition: Set<string>;
  skipBeforeVerb: Set<string>;
  /** "على لسان", "بلسان": folded word sequences. */
  through: string[][];
}

const fold = (w: string) => normalizeArabic(w).toLowerCase();
const set = (words: string[]) => new Set(words.map(fold));

export function compileLexicon(data: unknown): QuoteLexicon {
  const parsed = LexiconSchema.safeParse(data);
  if (!parsed.success) throw new Error(`data/attribution-verbs.json is invalid:\n${z.prettifyError(parsed.error)}`);
  const lex = parsed.data;
  const verbs = new Map<string, VerbInfo>();
  for (const v of lex.verbs) {
    const info = { lemma: v.lemma, from: v.from ? fold(v.from) : null, passive: v.passive, needsConjunction: v.needsConjunction };
    for (const f of v.forms) verbs.set(fold(f), { ...info, participle: false });
    for (const f of v.participles) verbs.set(fold(f), { ...info, participle: true });
  }
  return {
    verb(norm) {
      const bare = verbs.get(norm);
      if (bare) return { info: bare, conj: false };
      // وقال، فأجاب: a conjunction glued to the verb.
      const glued = /^[وف]/.test(norm) ? verbs.get(norm.slice(1)) : undefined;
      return glued ? { info: glued, conj: true } : null;
    },
    speakerNoun: set(lex.speakerNouns),
    modifier: set(lex.modifiers),
    connector: set(lex.connectors),
    timeWord: set(lex.timeWords),
    afterQuote: set(lex.afterQuote),
    sourcePreposition: set(lex.sourcePrepositions),
    skipBeforeVerb: set(lex.skipBeforeVerb),
    through: lex.through.map((t) => fold(t).split(/\s+/)),
  };
}

export const loadLexicon: () => QuoteLexicon = once(() => compileLexicon(lexiconJson));
