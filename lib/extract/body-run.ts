// The article body is the densest run of prose: each line scores by how much it reads like a paragraph,
// furniture scores negative, and the best-scoring contiguous run (Kadane, linear time) is the body.
// Short lines between paragraphs (subheadings, "وأضاف:") cost little, so they stay inside the run.
import { isDateLine, isDatedShortLine, type LineFeatures } from "./features";

export interface BodyRun {
  start: number; // line index of the first body line
  end: number; // line index of the last body line (inclusive)
  score: number;
  /** The text's last line, a paragraph the excerpt cut off mid-sentence (cutOffParagraph), if it joined the run. */
  cutOff?: number;
}

/** Some scrapes lose the full stops; then long unpunctuated lines are prose too. */
export function punctuatedPage(features: LineFeatures[]): boolean {
  const long = features.filter((f) => f.words >= 15 && f.arabicRatio >= 0.6);
  return long.length === 0 || long.filter((f) => f.terminal).length / long.length >= 0.3;
}

export function proseScore(f: LineFeatures, isTitle: boolean, punctuated: boolean): number {
  if (f.boilerplate) return -12;
  if (isTitle) return -10;
  if (isDateLine(f) || f.weather) return -8;
  if (isDatedShortLine(f)) return -3;
  if (f.latinOnly || f.arabicRatio < 0.3) return -8;
  const prose = f.arabicRatio >= 0.5;
  if (prose && f.words >= 8) {
    if (f.terminal) return f.words;
    if (f.words >= 20) return 0.8 * f.words;
    return punctuated ? -1 : 0.6 * f.words; // a photo caption or a deck looks like this
  }
  if (prose && f.words >= 3 && f.terminal && !f.question) return 0.5 * f.words;
  return -3;
}

const MIN_BODY_SCORE = 12;

export function findBodyRun(features: LineFeatures[], titleLines: Set<number>): BodyRun | null {
  const punctuated = punctuatedPage(features);
  let best: BodyRun | null = null;
  let sum = 0;
  let start = -1;
  features.forEach((f, i) => {
    if (f.blank) return;
    if (f.endsArticle) {
      // Comments or a related-stories block start here: no run continues across it.
      sum = 0;
      start = -1;
      return;
    }
    const s = proseScore(f, titleLines.has(i), punctuated);
    if (start < 0 || sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += s;
    if (sum > 0 && (!best || sum > best.score)) best = { start, end: i, score: sum };
  });
  if (!best || (best as BodyRun).score < MIN_BODY_SCORE) return null;
  const run = best as BodyRun;
  // The run may open on a slightly negative line that Kadane kept while the sum was positive: trim to prose.
  while (run.start < run.end && proseScore(features[run.start]!, titleLines.has(run.start), punctuated) <= 0) run.start++;
  if (cutOffParagraph(features, run.end, titleLines)) run.end = run.cutOff = lastLine(features);
  return run;
}

const lastLine = (features: LineFeatures[]) => features.findLastIndex((f) => !f.blank);

/**
 * Whether the text ends in the middle of the paragraph after the run: an excerpt cut off mid-sentence
 * (stored pages are often excerpts) loses its full stop, not its prose. Only the text's last line, right
 * after the body, prose of several words ending on a letter (a credit in brackets or a teaser's colon is no
 * cut sentence), and nothing else's (furniture, a date line, a title).
 */
function cutOffParagraph(features: LineFeatures[], end: number, titleLines: Set<number>): boolean {
  const last = lastLine(features);
  const next = features.findIndex((f, i) => i > end && !f.blank);
  if (next < 0 || next !== last) return false;
  const f = features[last]!;
  return f.openEnded && !f.boilerplate && !f.endsArticle && !titleLines.has(last) && !isDateLine(f) && f.arabicRatio >= 0.5 && f.words >= 8 && !f.question;
}
