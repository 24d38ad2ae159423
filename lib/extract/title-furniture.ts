// Lines that sit where a headline sits but are page furniture, told by their shape rather than by a
// phrase list (the phrase lists in data/boilerplate-phrases.json catch skip links, mastheads, tickers,
// search boxes, section names and widgets first): a dateline («موسكو - سبوتنيك», «رووداو – اربيل»),
// a date line with its place and agency, the first line of a hard-wrapped paragraph (it stops on a
// preposition), a paragraph, a photo's name label («وزير الخارجية الروسي سيرغي لافروف»).
import { parseDatelineLine } from "./dateline";
import { isDatedShortLine, type LineFeatures } from "./features";
import type { Line } from "./lines";

/** A headline this long is a paragraph (the longest in real coverage run to about 20 words). */
const MAX_HEADLINE_WORDS = 24;
const MAX_DATELINE_WORDS = 6;
// A headline never stops on a preposition, a conjunction or "that": such a line is cut mid-sentence.
const DANGLING = new Set([
  "في",
  "من",
  "على",
  "علي",
  "الى",
  "إلى",
  "عن",
  "مع",
  "ان",
  "أن",
  "إن",
  "بين",
  "و",
  "او",
  "أو",
  "ثم",
  "لـ",
  "ب",
  "الذي",
  "التي",
  "الذين",
  "حول",
  "بعد",
  "قبل",
  "منذ",
  "حتى",
  "لدى",
  "عند",
  "نحو",
  "خلال",
  "ضد",
]);

export type FurnitureKind = "dateline" | "date-line" | "wrapped-line" | "paragraph" | "name-label";

export interface FurnitureContext {
  /** The line is only a person's name with their role words (a photo's label). */
  isNameLabel(text: string): boolean;
}

/** Why a heading-like line cannot be the headline, or null when it may be. */
export function titleFurniture(line: Line, f: LineFeatures, ctx: FurnitureContext): FurnitureKind | null {
  if (f.words > MAX_HEADLINE_WORDS) return "paragraph";
  if (f.words <= MAX_DATELINE_WORDS && parseDatelineLine(line.text)) return "dateline";
  if (isDatedShortLine(f)) return "date-line";
  const last = line.key.split(" ").at(-1) ?? "";
  if (!f.terminal && DANGLING.has(last)) return "wrapped-line";
  if (ctx.isNameLabel(line.text)) return "name-label";
  return null;
}
