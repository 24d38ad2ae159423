// The page around the body: "chrome" (site furniture above the headline block), the "header" (from the
// headline printed nearest above the body down to the body: caption, dateline, date), the body, the footer.
import type { BodyRun } from "./body-run";
import type { LineFeatures } from "./features";

export type Region = "chrome" | "header" | "body" | "footer";

export interface Regions {
  /** First line index of the header block. */
  headerStart: number;
  bodyStart: number;
  bodyEnd: number;
  /** The headline occurrence that opens the header, if the headline is printed above the body. */
  mainTitle: number | null;
  of(i: number): Region;
}

// Without a headline above the body, only a few lines before it can be its caption, dateline or date.
const HEADER_LINES_WITHOUT_TITLE = 4;
const MAX_HEADER_LINES = 8;

export function findRegions(features: LineFeatures[], run: BodyRun | null, titleLines: number[]): Regions {
  const bodyStart = run?.start ?? features.length;
  const bodyEnd = run?.end ?? features.length - 1;
  const before = titleLines.filter((i) => i < bodyStart);
  const mainTitle = before.length ? before[before.length - 1]! : null;
  const floor = mainTitle !== null ? mainTitle + 1 : 0;
  let budget = mainTitle !== null ? MAX_HEADER_LINES : HEADER_LINES_WITHOUT_TITLE;
  // Walk up from the body over at most `budget` non-blank lines, stopping at the headline.
  let i = bodyStart - 1;
  let earliest = bodyStart;
  while (i >= floor && budget > 0) {
    if (!features[i]!.blank) {
      budget--;
      earliest = i;
    }
    i--;
  }
  const headerStart = Math.max(floor, earliest);
  return {
    headerStart,
    bodyStart,
    bodyEnd,
    mainTitle,
    of: (k) => (k > bodyEnd ? "footer" : k >= bodyStart ? "body" : k >= headerStart ? "header" : "chrome"),
  };
}
