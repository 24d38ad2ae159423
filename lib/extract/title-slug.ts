// A headline from the article's URL, for a text that prints none: the path segment with the most words,
// percent-decoded, its extension and the numeric ids before and after it removed (`_a74932.html`,
// `-768106`, `862700-`), separators to spaces, Latin words in lower case
// (`syria-geneva-talks` -> «syria geneva talks»). A slug made mostly of names («لافروف-كيري-حلب»,
// `lavrov-kerry-aleppo`) is a list of keywords, not a headline.

const EXTENSION = /\.(?:s?html?|php\d?|aspx?|jsp|cfm)$/i;
const SEPARATORS = /[-_+\s]+/u;
// An id: digits (a dotted number too), or one or two letters then digits ("a74932").
const ID = /^(?:[a-z]{1,2})?\d+(?:\.\d+)?[a-z]?$/i;
const HAS_LETTER = /\p{L}/u;
/** Fewer words than this is a section or a site word ("lebanon-now", "syria-latest"), not a headline. */
const MIN_WORDS = 3;
/** From this share of names up, a slug without a predicate is keywords. */
const KEYWORD_NAME_SHARE = 0.75;
// What makes a string of words a headline: a preposition or particle, or an imperfect verb («يلتقي»,
// «تتفقان»); a list of names with a noun («روسيا أمريكا تيلرسون زيارة») has none.
const PARTICLES = new Set([
  "في",
  "من",
  "على",
  "الى",
  "إلى",
  "عن",
  "مع",
  "بشأن",
  "حول",
  "قبل",
  "بعد",
  "لن",
  "لم",
  "لا",
  "قد",
  "أن",
  "ان",
  "in",
  "on",
  "at",
  "to",
  "of",
  "for",
  "with",
  "after",
  "before",
  "over",
  "under",
  "against",
  "is",
  "are",
  "was",
  "will",
  "says",
  "said",
]);
const IMPERFECT = /^(?:و|ف)?[يت][\p{L}]{2,}$/u;

export type IsNameWord = (word: string) => boolean;

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The words of one path segment, ids at either end removed. */
function slugWords(segment: string): string[] {
  const words = decode(segment).replace(EXTENSION, "").split(SEPARATORS).filter(Boolean);
  while (words.length && ID.test(words[0]!)) words.shift();
  while (words.length && ID.test(words.at(-1)!)) words.pop();
  return words;
}

/** The headline a URL's slug spells, or null when it has none (ids, sections, keywords). */
export function slugTitle(url: string, isName: IsNameWord): string | null {
  let path: string;
  try {
    path = new URL(url.trim()).pathname;
  } catch {
    return null;
  }
  let best: string[] = [];
  for (const segment of path.split("/")) {
    const words = slugWords(segment);
    // Among equals the later segment: the slug comes after the section.
    if (words.filter((w) => HAS_LETTER.test(w)).length >= best.filter((w) => HAS_LETTER.test(w)).length && words.length > 0) best = words;
  }
  const lettered = best.filter((w) => HAS_LETTER.test(w));
  if (lettered.length < MIN_WORDS) return null;
  const others = lettered.filter((w) => !isName(w));
  const predicate = others.some((w) => PARTICLES.has(w.toLowerCase()) || (IMPERFECT.test(w) && !w.startsWith("ال")));
  if (!predicate && 1 - others.length / lettered.length >= KEYWORD_NAME_SHARE) return null;
  return best.map((w) => (/^[A-Za-z0-9]+$/.test(w) ? w.toLowerCase() : w)).join(" ");
}
