// Reads the header block (between the headline and the body) for the photo caption and a dateline line.
// Date lines are left to date-select; everything else there is page chrome.
import { foldCharwise } from "../arabic/normalize";
import { isDateLine, type LineFeatures } from "./features";
import { parseDatelineLine, type DatelineParts } from "./dateline";
import type { Line } from "./lines";
import type { Regions } from "./regions";

export interface HeaderVerdict {
  kind: "caption" | "duplicate" | "dateline" | "date" | "boilerplate";
  reason: string;
}

export interface HeaderResult {
  caption: string | null;
  dateline: (DatelineParts & { line: number }) | null;
  verdicts: Map<number, HeaderVerdict>;
}

// Photo vocabulary, kept narrow because the same words occur in headlines: archive words anywhere,
// "صورة" only opening or closing the line, positions only in brackets ("(يمين)"), Latin credits.
const ARCHIVE = /(?:^|\s)(?:ارشيفيه|ارشيفي|ارشيف)(?:\s|$)/u;
const PHOTO_EDGE = /^(?:صوره|الصوره|تصوير)(?:\s|$)|(?:^|\s)(?:صوره|تصوير)$/u;
const POSITION = /\((?:من\s+)?(?:اليمين|اليسار|يمين|يسار|وسط|الوسط)\)/u;
const CREDIT = /\b(?:getty|afp|reuters|epa|photo|credit)\b/iu;

/** Whether a line reads like a photo caption or credit. */
export function photoCue(line: { text: string; key: string }): boolean {
  return ARCHIVE.test(line.key) || PHOTO_EDGE.test(line.key) || CREDIT.test(line.key) || POSITION.test(foldCharwise(line.text));
}

export interface HeaderContext {
  /** A dateline source we can name (agency, outlet, own-reporting word). */
  knownSource(s: string): boolean;
}

export function readHeader(lines: Line[], features: LineFeatures[], regions: Regions, titleLines: Set<number>, ctx: HeaderContext): HeaderResult {
  const verdicts = new Map<number, HeaderVerdict>();
  let caption: string | null = null;
  let captionKey: string | null = null;
  let dateline: HeaderResult["dateline"] = null;
  const idx: number[] = [];
  for (let i = regions.headerStart; i < regions.bodyStart; i++) if (!features[i]!.blank && !titleLines.has(i)) idx.push(i);
  // The content line nearest the body (dates aside) is where an unnamed "City - Source" dateline sits.
  const lastContent = [...idx].reverse().find((i) => !isDateLine(features[i]!));

  for (const i of idx) {
    const f = features[i]!;
    const { text, key } = lines[i]!;
    if (isDateLine(f)) {
      verdicts.set(i, { kind: "date", reason: "header-date" });
      continue;
    }
    if (f.boilerplate) {
      verdicts.set(i, { kind: "boilerplate", reason: f.boilerplate });
      continue;
    }
    if (captionKey !== null && key === captionKey) {
      verdicts.set(i, { kind: "duplicate", reason: "repeated-caption" });
      continue;
    }
    const cue = photoCue(lines[i]!);
    const parts = cue ? null : parseDatelineLine(text);
    if (parts && !dateline && (ctx.knownSource(parts.source ?? "") || i === lastContent)) {
      dateline = { ...parts, line: i };
      verdicts.set(i, { kind: "dateline", reason: "dateline" });
      continue;
    }
    const repeated = idx.some((j) => j !== i && lines[j]!.key === key);
    const descriptive = f.words >= 5 && f.arabicRatio >= 0.6 && !f.terminal && !f.question;
    if (caption === null && (cue || (repeated && f.words >= 3) || descriptive)) {
      caption = text;
      captionKey = key;
      verdicts.set(i, { kind: "caption", reason: cue ? "photo-caption" : "caption" });
      continue;
    }
    verdicts.set(i, { kind: "boilerplate", reason: "header-chrome" });
  }
  return { caption, dateline, verdicts };
}
