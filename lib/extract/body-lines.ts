// Inside the body run: paragraphs, subheadings ("- الوقت ينفد -") and the odd piece of furniture.
import { proseScore, punctuatedPage, type BodyRun } from "./body-run";
import { isDateLine, type LineFeatures } from "./features";
import type { Line } from "./lines";
import type { LineKind } from "./types";

export interface BodyVerdict {
  kind: Extract<LineKind, "body" | "subheading" | "boilerplate" | "date" | "duplicate" | "blank">;
  reason?: string;
}

const SUBHEADING_MAX_WORDS = 12;

export function classifyBody(lines: Line[], features: LineFeatures[], run: BodyRun | null, titleLines: Set<number>): Map<number, BodyVerdict> {
  const out = new Map<number, BodyVerdict>();
  if (!run) return out;
  const punctuated = punctuatedPage(features);
  const seen = new Set<string>();
  for (let i = run.start; i <= run.end; i++) {
    const f = features[i]!;
    const key = lines[i]!.key;
    if (f.blank) out.set(i, { kind: "blank" });
    else if (titleLines.has(i)) out.set(i, { kind: "duplicate", reason: "repeated-title" });
    else if (f.boilerplate) out.set(i, { kind: "boilerplate", reason: f.boilerplate });
    else if (isDateLine(f)) out.set(i, { kind: "date", reason: "date-line-in-body" });
    else if (seen.has(key)) out.set(i, { kind: "duplicate", reason: "repeated-paragraph" });
    else if (proseScore(f, false, punctuated) > 0 || i === run.cutOff) out.set(i, { kind: "body" });
    else if (f.words <= SUBHEADING_MAX_WORDS && f.arabicRatio >= 0.5 && !f.question) out.set(i, { kind: "subheading" });
    else out.set(i, { kind: "boilerplate", reason: "in-body-furniture" });
    seen.add(key);
  }
  return out;
}

/** Paragraphs joined by a blank line; the first one without its dateline, if one was cut. */
export function bodyText(lines: Line[], verdicts: Map<number, BodyVerdict>, firstParagraph: string | null): string {
  const paragraphs: string[] = [];
  for (const [i, v] of [...verdicts].sort((a, b) => a[0] - b[0])) {
    if (v.kind !== "body" && v.kind !== "subheading") continue;
    paragraphs.push(paragraphs.length === 0 && firstParagraph !== null ? firstParagraph : lines[i]!.text);
  }
  return paragraphs.join("\n\n");
}
