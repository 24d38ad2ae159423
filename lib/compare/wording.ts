// Which of the competing terms in data/contested-terms.json each article uses, and how often.
// Matching is on normalised words with clitics tolerated ("والنظام السوري" counts as "النظام السوري",
// "ووقف إطلاق النار" as "وقف إطلاق النار"), never across a paragraph, longest phrase first, and each word counts once: a
// text saying «تنظيم الدولة الإسلامية» is not also counted under «تنظيم الدولة» or «الدولة الإسلامية».
import { z } from "zod";
import termsJson from "../../data/contested-terms.json";
import { stemForms } from "../arabic/proclitics";
import { tokenize, type Token } from "../arabic/tokens";
import { stemKey } from "./words";
import type { WordingGroup } from "./types";
import { once } from "../cache";

const VariantSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  phrases: z.array(z.string().min(1)).min(1),
  quoted: z.boolean().optional(),
});
const GroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  note: z.string().optional(),
  variants: z.array(VariantSchema).min(2),
});
export const ContestedTermsSchema = z.object({ about: z.string().optional(), groups: z.array(GroupSchema).min(1) });
export type ContestedTerms = z.infer<typeof ContestedTermsSchema>;

interface Phrase {
  group: number;
  variant: number;
  keys: string[];
  quoted: boolean | undefined;
}

export interface TermMatcher {
  terms: ContestedTerms;
  /** Longest first; ties in file order. */
  phrases: Phrase[];
}

/** Validates the list (throws naming the field at fault) and prepares its phrases. */
export function compileTerms(data: unknown): TermMatcher {
  const parsed = ContestedTermsSchema.safeParse(data);
  if (!parsed.success) throw new Error(`data/contested-terms.json is invalid:\n${z.prettifyError(parsed.error)}`);
  const terms = parsed.data;
  const phrases: Phrase[] = [];
  terms.groups.forEach((g, gi) =>
    g.variants.forEach((v, vi) => {
      for (const p of v.phrases) phrases.push({ group: gi, variant: vi, keys: tokenize(p).map((t) => stemKey(t.norm)), quoted: v.quoted });
    }),
  );
  phrases.sort((a, b) => b.keys.length - a.keys.length);
  return { terms, phrases };
}

export const contestedTerms: () => TermMatcher = once(() => compileTerms(termsJson));

const OPENING = /[«"“”]$/;
const CLOSING = /^[»"”“]/;

/** counts[group][variant] for one text (its tokens may be passed when already read). */
export function countTerms(text: string, m: TermMatcher = contestedTerms(), tokens: readonly Token[] = tokenize(text)): number[][] {
  const counts = m.terms.groups.map((g) => g.variants.map(() => 0));
  // Every reading of a word with or without its proclitics ("ووقف" is also "وقف", "لداعش" also "داعش"),
  // indexed by key so that each phrase is tried only where its first word occurs.
  const seen = new Map<string, Set<string>>();
  const forms = tokens.map((t) => {
    let set = seen.get(t.norm);
    if (!set) seen.set(t.norm, (set = new Set(stemForms(t.norm).map((f) => stemKey(f.form)))));
    return set;
  });
  const positions = new Map<string, number[]>();
  forms.forEach((set, i) => {
    for (const k of set) {
      const list = positions.get(k);
      if (list) list.push(i);
      else positions.set(k, [i]);
    }
  });
  // Words a paragraph break separates never form one phrase.
  const breakBefore = (i: number) => /\n\s*\n/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const used = new Uint8Array(tokens.length);
  for (const p of m.phrases) {
    const n = p.keys.length;
    for (const i of positions.get(p.keys[0]!) ?? []) {
      if (i + n > tokens.length) continue;
      let hit = true;
      for (let k = 0; k < n && hit; k++) hit = !used[i + k] && forms[i + k]!.has(p.keys[k]!) && (k === 0 || !breakBefore(i + k));
      if (!hit) continue;
      if (p.quoted !== undefined) {
        const before = text.slice(i > 0 ? tokens[i - 1]!.end : 0, tokens[i]!.start).trimEnd();
        const after = text.slice(tokens[i + n - 1]!.end, i + n < tokens.length ? tokens[i + n]!.start : text.length).trimStart();
        if ((OPENING.test(before) && CLOSING.test(after)) !== p.quoted) continue;
      }
      used.fill(1, i, i + n);
      counts[p.group]![p.variant]!++;
    }
  }
  return counts;
}

/** The wording table of a comparison: groups some article uses, with each variant's count per article. */
export function wordingTable(bodies: ReadonlyArray<string | { text: string; tokens: readonly Token[] }>, m: TermMatcher = contestedTerms()): WordingGroup[] {
  const perText = bodies.map((b) => (typeof b === "string" ? countTerms(b, m) : countTerms(b.text, m, b.tokens)));
  return m.terms.groups
    .map((g, gi) => ({
      id: g.id,
      label: g.label,
      note: g.note ?? null,
      variants: g.variants.map((v, vi) => ({ variantId: v.id, label: v.label, counts: perText.map((c) => c[gi]![vi]!) })),
    }))
    .filter((g) => g.variants.some((v) => v.counts.some((c) => c > 0)));
}
