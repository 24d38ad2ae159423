// Context checks for spellings that are also ordinary words ("الباب", "تدمر", "القاعدة") or adjectives
// ("سورية" in "قوة سورية", "السعودية" in "الخارجية السعودية"). See GuardedSpellingSchema.
import { normalizeArabic } from "../arabic/normalize";
import { stemForms } from "../arabic/proclitics";
import type { Token } from "../arabic/tokens";
import type { GuardedSpelling } from "./schemas";

export interface GuardContext {
  text: string;
  tokens: Token[];
  /** First and last token of the candidate mention. */
  first: number;
  last: number;
  /** Base letters of the first token that are proclitics (و ف ب ل ك), 0 when none. */
  cut: number;
  /** The stem matched in the first token ("الباب" for "للباب"). */
  form: string;
  /** The accepted mention that ends right before this one's first token, if any. */
  prevHitLast: number | null;
}

export type Guard = (c: GuardContext) => boolean;

const SENTENCE_GAP = /[.:؛!?؟\n]/;
// An indefinite accusative word (مصدرا، دبلوماسيا، وفدا) before "روسيا" makes it the adjective "روسيًّا".
// Words ending in ها، ما، نا، لا are mostly pronouns and particles (تقودها روسيا، بينما روسيا، لا روسيا).
const ACCUSATIVE = /^[\u0621-\u064a]{2,}[^همنل\s]ا$/;
// Between a cue and its name only spaces, quote marks or a hyphen: لقناة "روسيا اليوم".
const ADJACENT_GAP = /^[\s"«»“”'-]*$/;

function wordTest(patterns: string[]): (word: string) => boolean {
  const exact = new Set<string>();
  const globs: RegExp[] = [];
  for (const p of patterns.map((x) => normalizeArabic(x).toLowerCase())) {
    if (p.includes("*"))
      globs.push(
        new RegExp(
          `^${p
            .split("*")
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join(".+")}$`,
          "u",
        ),
      );
    else exact.add(p);
  }
  return (w) => exact.has(w) || globs.some((g) => g.test(w));
}

/** A word without a leading و/ف, as a cue list or pattern expects it. */
const bare = (norm: string) => (/^[وف]/.test(norm) && norm.length > 3 ? norm.slice(1) : norm);

export function compileGuard(spec: GuardedSpelling, cueWords: string[]): Guard {
  const isCue = wordTest(cueWords);
  const badBefore = wordTest(spec.notAfter);
  const badAfter = wordTest(spec.notBefore);
  // A cue may carry its own proclitics: بمدينة، لقناة، وفي.
  const cue = (norm: string) => stemForms(norm).some((f) => isCue(f.form));
  return (c) => {
    const tok = c.tokens[c.first]!;
    const prev = c.first > 0 ? c.tokens[c.first - 1]! : null;
    const next = c.tokens[c.last + 1];
    const conj = c.cut > 0 && /^[وف]/.test(tok.norm);
    const coordinated = conj && c.prevHitLast === c.first - 1;
    if (prev && tok.joined && !coordinated && (badBefore(prev.norm) || badBefore(bare(prev.norm)))) return false;
    if (next?.joined && (badAfter(next.norm) || badAfter(bare(next.norm)))) return false;
    if (spec.accusativeAdjective && prev && tok.joined && !coordinated && !conj && ACCUSATIVE.test(prev.norm)) return false;
    if (!spec.needsCue) return true;
    if (coordinated) return true;
    // A preposition glued to the word: بسورية، لتدمر، للباب.
    const lead = conj ? tok.norm.slice(1) : tok.norm;
    if (lead !== c.form && /^[بل]/.test(lead)) return true;
    const gap = prev ? c.text.slice(prev.end, tok.start) : "";
    if (!prev || SENTENCE_GAP.test(gap)) return spec.startsSentence;
    return ADJACENT_GAP.test(gap) && cue(prev.norm);
  };
}
