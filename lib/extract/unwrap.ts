// Some scrapes hard-wrap paragraphs over several lines. Adjacent lines of similar length whose paragraph
// ends with a full stop are joined into one logical line (on the first); the others become continuations.
// Every later stage then sees whole paragraphs, and each raw line still gets its own verdict.
import type { BoilerplateMatcher } from "./boilerplate";
import { contentWordsOfKey, sharedWords, wordPoolOfKey } from "./content-words";
import { isDateLine, lineFeatures, type LineFeatures } from "./features";
import type { Line } from "./lines";

export interface Unwrapped {
  lines: Line[];
  features: LineFeatures[];
  /** Continuation line index -> index of the line its paragraph starts on. */
  continuationOf: Map<number, number>;
}

const MIN_WRAPPED_WORDS = 6;
// A wrapped line is about as long as the next one; a headline above a paragraph is much shorter.
const MIN_LENGTH_RATIO = 0.7;

// A sentence wrapped over two lines goes on with new words; a headline and the lead that restates it
// share most of theirs.
const MIN_RESTATED_WORDS = 4;
const RESTATED_SHARE = 0.6;

const prose = (f: LineFeatures) => !f.blank && !f.boilerplate && !isDateLine(f) && f.arabicRatio >= 0.6;

function joins(prev: Line, p: LineFeatures, cur: Line, c: LineFeatures): boolean {
  return prose(p) && prose(c) && !p.terminal && p.words >= MIN_WRAPPED_WORDS && prev.text.length >= MIN_LENGTH_RATIO * cur.text.length && !restates(prev, cur);
}

/** A line whose words the next line mostly repeats is a headline over the lead that restates it, not a wrapped sentence. */
function restates(prev: Line, cur: Line): boolean {
  // A raw line's key is phraseKey(text): no need to fold it again.
  const own = contentWordsOfKey(prev.key);
  return own.length >= MIN_RESTATED_WORDS && sharedWords(own, wordPoolOfKey(cur.key)) >= RESTATED_SHARE * own.length;
}

export function unwrapLines(lines: Line[], features: LineFeatures[], boilerplate: BoilerplateMatcher): Unwrapped {
  const continuationOf = new Map<number, number>();
  const outLines = [...lines];
  const outFeatures = [...features];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end + 1 < lines.length && joins(lines[end]!, features[end]!, lines[end + 1]!, features[end + 1]!)) end++;
    // Only a block that ends like a paragraph is a wrapped paragraph.
    if (end > i && features[end]!.terminal) {
      const text = lines
        .slice(i, end + 1)
        .map((l) => l.text)
        .join(" ");
      const head: Line = {
        ...lines[i]!,
        text,
        key: lines
          .slice(i, end + 1)
          .map((l) => l.key)
          .join(" "),
      };
      outLines[i] = head;
      outFeatures[i] = lineFeatures(head, boilerplate);
      for (let k = i + 1; k <= end; k++) {
        continuationOf.set(k, i);
        outLines[k] = { ...lines[k]!, text: "", key: "" };
        outFeatures[k] = { ...features[k]!, blank: true, words: 0, dates: [], boilerplate: null, endsArticle: false };
      }
    }
    i = end + 1;
  }
  return { lines: outLines, features: outFeatures, continuationOf };
}
