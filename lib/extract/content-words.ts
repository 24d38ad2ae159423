// Content words of a short text, each with the forms it may take once its clitics and a common suffix
// are taken off, so that a headline and its lead meet: «كيري» and «وكيري», «يلتقيان» and «يلتقي»,
// «الخطة» and «خطة», «روسيا» and «الروسي» do. A word meets another when their forms overlap; no finer morphology is needed
// to tell whether a candidate headline speaks of what the first paragraph says.
import { phraseKey } from "../arabic/phrase-key";
import { memoize } from "../cache";

const STOP = new Set(
  "في من على علي الى إلى عن مع ان أن إن بين او أو ثم الذي التي الذين هذا هذه ذلك تلك هو هي هم كان كانت قد لم لن لا ما كل بعد قبل منذ حتى عند خلال حول ضد نحو لدى اليوم امس غدا السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة"
    .split(" ")
    .map(phraseKey),
);
const MIN_FORM = 3;
const ARTICLE = /^(?:بال|كال|فال|وال|لل|ال)(?=\S{2})/u;
const PREPOSITION = /^(?:ب|ل|ك)(?=\S{3})/u;
const CONJUNCTION = /^(?:و|ف)(?=\S{3})/u;
const SUFFIX = /(?:ات|ان|ين|ون|يه|ه|ي|ا)$/u;

/** The forms of one folded word: itself, without a conjunction, without the article or a preposition, without a suffix. */
function computeFormsOf(word: string): string[] {
  const forms = new Set<string>([word]);
  for (const f of [...forms]) if (CONJUNCTION.test(f)) forms.add(f.replace(CONJUNCTION, ""));
  for (const f of [...forms]) forms.add(ARTICLE.test(f) ? f.replace(ARTICLE, "") : f.replace(PREPOSITION, ""));
  for (const f of [...forms]) forms.add(f.replace(SUFFIX, ""));
  return [...forms].filter((f) => f.length >= MIN_FORM);
}
// The same words come back in every candidate headline and lead of an article, and across articles:
// four regexes per word are worth remembering (the arrays are never mutated).
const formsOf = memoize(computeFormsOf, 50_000);
const NUMBER = /^\d+$/;
const isContentWord = (w: string) => w !== "" && !STOP.has(w) && !NUMBER.test(w);

/**
 * Each content word of a text as the set of its forms (stop words, numbers and short words left out),
 * from the text's phraseKey (a Line's key, or Line keys joined by spaces): callers have it already.
 */
export function contentWordsOfKey(key: string): Array<Set<string>> {
  const out: Array<Set<string>> = [];
  for (const w of key.split(" ")) {
    if (!isContentWord(w)) continue;
    const forms = formsOf(w);
    if (forms.length) out.push(new Set(forms));
  }
  return out;
}


/** Every form of every content word of a text (from its phraseKey): what another text's words are looked up in. */
export function wordPoolOfKey(key: string): Set<string> {
  const pool = new Set<string>();
  for (const w of key.split(" ")) if (isContentWord(w)) for (const f of formsOf(w)) pool.add(f);
  return pool;
}

/** How many of the candidate's words occur, in any form, in the pool. */
export function sharedWords(candidate: Array<Set<string>>, pool: Set<string>): number {
  let n = 0;
  for (const forms of candidate) {
    for (const f of forms) {
      if (pool.has(f)) {
        n++;
        break;
      }
    }
  }
  return n;
}
