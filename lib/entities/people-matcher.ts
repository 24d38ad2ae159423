// Finds gazetteer people in text: whole words only (كيري never matches inside كيربي), proclitics allowed,
// the longest spelling at a position wins, and multi-word names never run across punctuation.
import { normalizeArabic } from "../arabic/normalize";
import { stemForms } from "../arabic/proclitics";
import { offsetAfterLetters, tokenize, type Token } from "../arabic/tokens";
import type { PersonEntry } from "./schemas";

interface Spelling {
  personId: string;
  tokens: string[];
  /** Only counts once the person's full name was seen (the word is ordinary or shared). */
  short: boolean;
}

export interface Mention {
  personId: string;
  start: number;
  end: number;
  /** As written, without a leading proclitic; spaces normalised. */
  text: string;
}

export interface PeopleMatcher {
  /** `known` carries people already named in earlier parts of the same article; it is updated. */
  scan(text: string, known: Set<string>): Mention[];
}

const words = (s: string) => tokenize(s).map((t) => t.norm);

/** "عبد الله" and "عبدالله" are the same name; so are "نصر الله" and "نصرالله". */
function spacingVariants(name: string): string[] {
  const n = normalizeArabic(name);
  const out = new Set([n]);
  out.add(n.replace(/(^|\s)عبد\s+ال/g, "$1عبدال").replace(/\sالله(?=\s|$)/g, "الله"));
  out.add(n.replace(/(^|\s)عبدال/g, "$1عبد ال"));
  return [...out];
}

export function compilePeopleMatcher(people: PersonEntry[]): PeopleMatcher {
  const index = new Map<string, Spelling[]>();
  const add = (personId: string, name: string, short: boolean) => {
    for (const variant of spacingVariants(name)) {
      const tokens = words(variant);
      if (tokens.length === 0) continue;
      const list = index.get(tokens[0]!) ?? [];
      list.push({ personId, tokens, short });
      index.set(tokens[0]!, list);
    }
  };
  for (const p of people) {
    p.variants.forEach((v) => add(p.id, v, false));
    p.shortForms.forEach((v) => add(p.id, v, true));
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const matchAt = (tokens: Token[], i: number, known: Set<string>) => {
    for (const { form, cut } of stemForms(tokens[i]!.norm)) {
      for (const s of index.get(form) ?? []) {
        if (s.short && !known.has(s.personId)) continue;
        if (s.tokens.every((t, j) => j === 0 || (tokens[i + j]?.norm === t && tokens[i + j]!.joined))) {
          return { spelling: s, cut };
        }
      }
    }
    return null;
  };

  return {
    scan(text, known) {
      const tokens = tokenize(text);
      const mentions: Mention[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const hit = matchAt(tokens, i, known);
        if (!hit) continue;
        const first = tokens[i]!;
        const last = tokens[i + hit.spelling.tokens.length - 1]!;
        const start = first.start + offsetAfterLetters(first.raw, hit.cut);
        mentions.push({
          personId: hit.spelling.personId,
          start,
          end: last.end,
          text: text.slice(start, last.end).replace(/\s+/g, " "),
        });
        if (!hit.spelling.short) known.add(hit.spelling.personId);
        i += hit.spelling.tokens.length - 1;
      }
      return mentions;
    },
  };
}
