// A light Arabic stemmer after Larkey, Ballesteros and Connell's light10, as in Lucene's ArabicStemmer:
// strip one definite-article/conjunction prefix and then each listed suffix once, in order, never leaving
// fewer than two letters. Runs on words already normalised by normalizeWord (ة is ه there, so the
// suffix ية appears as يه). Latin words and digits are returned unchanged.

// Lucene's order: the longer article forms first so that وال is removed whole, then لل, then the bare و.
const PREFIXES = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
// Lucene's list after normalisation (ة→ه makes ية and يه one suffix, ة and ه one).
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

const ARABIC_LETTERS = /^[\u0621-\u064a]+$/;

function stripPrefix(w: string): string {
  for (const p of PREFIXES) {
    if (!w.startsWith(p)) continue;
    // The conjunction و alone needs a word of four letters or more (ورد, وقت stay); others leave two letters.
    if (p.length === 1 ? w.length < 4 : w.length < p.length + 2) continue;
    return w.slice(p.length);
  }
  return w;
}

function stripSuffixes(w: string): string {
  let s = w;
  for (const suffix of SUFFIXES) if (s.endsWith(suffix) && s.length >= suffix.length + 2) s = s.slice(0, -suffix.length);
  return s;
}

/** The light10 stem of one normalised word (محادثات, المحادثات, والمحادثات → محادث). */
export function stem(norm: string): string {
  if (!ARABIC_LETTERS.test(norm)) return norm;
  return stripSuffixes(stripPrefix(norm));
}

/**
 * The stems a query word may have been indexed under. light10 strips a bare و from وزير (→ زير) but not
 * from الوزير (→ وزير), so either form finds the other only if the query asks for both: the stem, and the
 * stem with its leading و kept or dropped. Used on the query side only; the index keeps plain light10.
 */
export function queryStems(norm: string): string[] {
  const primary = stem(norm);
  const out = [primary];
  if (!ARABIC_LETTERS.test(norm)) return out;
  if (norm.startsWith("و") && norm.length >= 4 && !primary.startsWith("و")) out.push(stripSuffixes(norm));
  if (primary.startsWith("و") && primary.length >= 4) out.push(primary.slice(1));
  return [...new Set(out)];
}

/** Proclitics light10 leaves on a word without the article. */
export const BARE_CLITICS = ["ل", "ب", "ك", "ف"];
/** Stems shorter than this never get them. */
export const MIN_CLITIC_STEM = 3;

/**
 * The indexed forms of a stem with a bare preposition or conjunction glued on (light10 keeps لوقف, بحلب,
 * كمبعوث, فقال whole). Asked for by partial matches only (lib/search/relaxed.ts): three letters or more, so
 * that a short stem does not become an unrelated word.
 */
export function cliticForms(stemmed: string): string[] {
  if (stemmed.length < MIN_CLITIC_STEM || !ARABIC_LETTERS.test(stemmed)) return [];
  return BARE_CLITICS.map((c) => c + stemmed);
}

/**
 * The other direction: a query word typed with a bare clitic (لتفادي, بحلب) also asks for the word without
 * it, when at least MIN_CLITIC_STEM letters remain. Partial matches only, like cliticForms.
 */
export function withoutClitic(stemmed: string): string[] {
  if (stemmed.length < MIN_CLITIC_STEM + 1 || !ARABIC_LETTERS.test(stemmed) || !BARE_CLITICS.includes(stemmed[0]!)) return [];
  return [stemmed.slice(1)];
}
