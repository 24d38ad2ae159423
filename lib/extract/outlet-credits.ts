// Whom a republishing site (a mirror or an aggregator) took the article from, as its text credits it:
// a credit line («المصدر: الحياة», «نقلا عن موقع الجزيرة نت»), a line shaped like a dateline that names an
// outlet («رووداو – اربيل»), or the outlet's name alone closing the article. A citation inside a sentence
// («أفادت فضائية روسيا اليوم ...») is reporting, not a credit: only short lines of their own count.
import { phraseKey } from "../arabic/phrase-key";
import type { OutletIndex } from "../entities/outlet-index";
import type { OutletEntry } from "../entities/schemas";
import { parseDatelineLine } from "./dateline";
import type { OutletInput } from "./outlet-input";

export type CreditKind = "credit-line" | "dateline" | "trailer";

export interface Credit {
  outlet: OutletEntry;
  kind: CreditKind;
  /** The line as written, for the evidence. */
  text: string;
}

const MAX_CREDIT_WORDS = 10;
const MAX_TRAILER_WORDS = 4;
/** How far from the end of the article a closing credit may sit (a counter or a share bar may follow). */
const TRAILER_REACH = 3;

// «المصدر: …», «مصدر الخبر - …», «نقلا عن …», «Source: …», also in brackets at the end of a line.
const CREDIT_LINE = /^(?:ال)?مصدر(?:\s+الخبر)?\s*[:：\-–—]\s*(.+)$|^نقل[اً]{1,2}\s+عن\s*[:：]?\s*(.+)$|^(?:source|via)\s*[:：\-–—]\s*(.+)$/iu;
const CREDIT_TAIL = /[(\[](?:(?:ال)?مصدر|نقل[اً]{1,2}\s+عن)\s*[:：]?\s*([^()[\]]{2,60})[)\]]\s*$/u;
// Words naming the kind of medium before its name («صحيفة الحياة», «لموقع هسبريس»), folded by phraseKey.
const MEDIUM = /^(?:ل|ب)?(?:ال)?(?:صحيفه|جريده|موقع|قناه|فضاييه|وكاله|بوابه|شبكه|اذاعه|راديو|مجله|تلفزيون)\s+/u;

/** The outlet a credited name stands for; in a credit even a name that is an ordinary word counts. */
export function creditedOutlet(name: string, index: OutletIndex): OutletEntry | null {
  const key = phraseKey(name.replace(/\s+(?:بتصرف|بتصرّف)\s*$/u, ""));
  if (!key) return null;
  const bare = key.replace(MEDIUM, "");
  return index.byKey(key)?.outlet ?? index.byKey(bare)?.outlet ?? index.byKey(bare.replace(/^ال/u, ""))?.outlet ?? null;
}

/** Every credit the text gives, explicit credit lines first, then dateline-shaped lines, then closing names. */
export function findCredits(input: OutletInput, index: OutletIndex): Credit[] {
  const lines: Credit[] = [];
  const datelines: Credit[] = [];
  input.lines.forEach((line, i) => {
    const f = input.features[i]!;
    if (f.blank) return;
    // A bracketed credit may close a paragraph; any other credit is a short line of its own.
    const short = f.words <= MAX_CREDIT_WORDS;
    const m = (short ? CREDIT_LINE.exec(line.text) : null) ?? CREDIT_TAIL.exec(line.text);
    const named = m ? (m[1] ?? m[2] ?? m[3] ?? "") : "";
    const outlet = named ? creditedOutlet(named, index) : null;
    if (outlet) return void lines.push({ outlet, kind: "credit-line", text: line.text });
    const parts = short ? parseDatelineLine(line.text) : null;
    // Either side may be the outlet («موسكو - سبوتنيك», «رووداو – اربيل»); only a name that is not an ordinary word.
    const hit = parts ? [parts.source ?? "", parts.city].map((s) => index.byBrand(s)).find((h) => h && !h.weak) : null;
    if (hit) datelines.push({ outlet: hit.outlet, kind: "dateline", text: line.text });
  });
  if (input.datelineSource) {
    const hit = index.byBrand(input.datelineSource);
    if (hit && !hit.weak) datelines.push({ outlet: hit.outlet, kind: "dateline", text: input.datelineSource });
  }
  return [...lines, ...datelines, ...trailers(input, index)];
}

/** A line that is only an outlet's name just after the article's last line («الأناضول»). */
function trailers(input: OutletInput, index: OutletIndex): Credit[] {
  let last = -1;
  input.lines.forEach((_, i) => {
    if (input.isArticleText(i)) last = i;
  });
  if (last < 0) return [];
  const out: Credit[] = [];
  for (let i = last, seen = 0; i < input.lines.length && seen <= TRAILER_REACH; i++) {
    const f = input.features[i]!;
    if (f.blank) continue;
    seen++;
    if (f.words > MAX_TRAILER_WORDS) continue;
    const hit = index.byKey(input.lines[i]!.key);
    if (hit) out.push({ outlet: hit.outlet, kind: "trailer", text: input.lines[i]!.text });
  }
  return out;
}
