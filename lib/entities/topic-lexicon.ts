// The on-topic lexicon of data/topic-lexicon.json, validated once and compiled into one scanner: every
// term of every group is found in a token list, a multi-word term through the shared phrase matcher and a
// one-word term also with a pronoun or plural ending (محادثاتها، والمحادثات).
import topicLexiconJson from "../../data/topic-lexicon.json";
import { stemForms } from "../arabic/proclitics";
import { memoize } from "../cache";
import type { Token } from "../arabic/tokens";
import { parseDataFile } from "./data-file";
import { compilePhraseMatcher } from "./phrase-matcher";
import { TopicLexiconSchema, type TopicLexiconData } from "./schemas";
import { spellingVariants } from "./spellings";

/** syria, side:US, side:RU, frame, diplomacy, or other:<index of otherTopics>. */
export type TermGroup = "syria" | "side:US" | "side:RU" | "frame" | "diplomacy" | `other:${number}`;

export interface TermHit {
  group: TermGroup;
  /** The term as the lexicon lists it. */
  term: string;
  first: number;
  last: number;
}

export interface TopicLexicon {
  data: TopicLexiconData;
  /** Every term in the text (with its tokens); `skip` marks tokens already read as a place, an organisation or a person. */
  scan(text: string, tokens: Token[], skip?: (i: number) => boolean): TermHit[];
}

// Endings a one-word term may carry: pronouns, the plural and the feminine (ة folds to ه).
const ENDINGS = ["هما", "هم", "ها", "ه", "ات", "ان", "ين", "ون", "ي", "نا", "يه"];

interface Target {
  group: TermGroup;
  term: string;
}

function groupsOf(data: TopicLexiconData): Array<[TermGroup, string[]]> {
  return [
    ["syria", data.syria.terms],
    ...data.sides.map((s) => [`side:${s.side}`, s.terms] as [TermGroup, string[]]),
    ["frame", data.frames.terms],
    ["diplomacy", data.diplomacy],
    ...data.otherTopics.map((t, i) => [`other:${i}`, t.terms] as [TermGroup, string[]]),
  ];
}

export function compileTopicLexicon(raw: unknown, file = "data/topic-lexicon.json"): TopicLexicon {
  const data = parseDataFile(TopicLexiconSchema, raw, file);
  const phrases: Array<{ target: Target; text: string }> = [];
  const words = new Map<string, Target>();
  for (const [group, terms] of groupsOf(data))
    for (const term of terms) {
      const target = { group, term };
      if (/\s/.test(term.trim())) phrases.push({ target, text: term });
      // "الروسي" also finds "روسي" (مسؤول روسي): the article is optional on both sides.
      else for (const v of spellingVariants(term)) for (const key of [v, v.replace(/^ال(?=...)/, "")]) words.set(key, target);
    }
  const matcher = compilePhraseMatcher(phrases);

  // Every word is looked up many times over a corpus: the answers are remembered (the one cache helper).
  const wordAt = memoize((norm: string): Target | null => lookup(norm), 100_000);
  const lookup = (norm: string): Target | null => {
    for (const form of stems(norm)) {
      const exact = words.get(form);
      if (exact) return exact;
      for (const end of ENDINGS)
        if (form.length > end.length + 2 && form.endsWith(end)) {
          const hit = words.get(form.slice(0, -end.length));
          if (hit) return hit;
        }
    }
    return null;
  };

  return {
    data,
    scan(text, tokens, skip = () => false) {
      const hits: TermHit[] = [];
      const taken = new Uint8Array(tokens.length);
      if (phrases.length)
        for (const h of matcher.scan(text, new Set(), tokens)) {
          let free = true;
          for (let k = h.first; k <= h.last && free; k++) free = !skip(k);
          if (!free) continue;
          taken.fill(1, h.first, h.last + 1);
          hits.push({ ...h.target, first: h.first, last: h.last });
        }
      for (let i = 0; i < tokens.length; i++) {
        if (taken[i] || skip(i)) continue;
        const target = wordAt(tokens[i]!.norm);
        if (target) hits.push({ ...target, first: i, last: i });
      }
      return hits.sort((a, b) => a.first - b.first);
    },
  };
}

/** The word and what it may be without و/ف, ب/ل/ك and ال/لل (والمحادثات، بلقاء، للاتفاق). */
function stems(norm: string): string[] {
  const out = new Set([norm]);
  for (const { form } of stemForms(norm)) {
    out.add(form);
    if (/^ال../.test(form)) out.add(form.slice(2));
  }
  return [...out];
}

let cached: TopicLexicon | null = null;

export function loadTopicLexicon(): TopicLexicon {
  cached ??= compileTopicLexicon(topicLexiconJson);
  return cached;
}
