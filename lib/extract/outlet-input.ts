// What outlet detection reads from a page: its lines, their features and what the other stages found.
// Its own module so that detection (outlet.ts) and the unlisted-outlet fallback (outlet-unlisted.ts) share
// it without importing each other.
import type { LineFeatures } from "./features";
import type { Line } from "./lines";

export interface OutletInput {
  lines: Line[];
  features: LineFeatures[];
  /** Lines that are article text (body, caption) and must not vote. */
  isArticleText: (i: number) => boolean;
  titleAffixes: string[];
  /** The headline was found repeated (as a page's <title> is), so its affixes are the page's own name. */
  titleRepeated?: boolean;
  datelineSource: string | null;
  sidecarOutlet?: string;
  sidecarUrl?: string;
  /** The page's canonical URL (HTML <link rel=canonical> or og:url). */
  pageUrl?: string;
  /** The page's og:site_name. */
  siteName?: string;
}
