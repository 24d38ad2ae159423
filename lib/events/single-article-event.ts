// Until coverage is grouped across outlets, each article is its own event: this derives that event.
import { createHash } from "node:crypto";
import type { ExtractedArticle } from "../ingest/types";

export type EventKind = "meeting" | "call" | "visit" | "statement" | "agreement" | "other";

// Ordered: the first cue found in the title, then the body's first paragraph, decides.
const KIND_CUES: Array<[EventKind, RegExp]> = [
  ["call", /(اتصال|مكالمة|مباحثات)\s*(ال)?هاتفي/],
  ["agreement", /(اتفاق|اتفاقية)\s/],
  ["visit", /(زيارة|يزور|وصل\s.*إلى)/],
  ["meeting", /(اجتماع|لقاء|اجتمع|التقى|محادثات)/],
  ["statement", /(بيان|تصريح|قال|أكد|شدد)/],
];

export function eventKindOf(text: string): EventKind {
  for (const [kind, cue] of KIND_CUES) if (cue.test(text)) return kind;
  return "other";
}

export interface EventDraft {
  slug: string;
  title: string;
  kind: EventKind;
  date: string | null;
  dateBasis: ExtractedArticle["dateBasis"];
  place: string | null;
}

export function singleArticleEvent(contentHash: string, a: ExtractedArticle): EventDraft {
  const firstParagraph = a.body.split("\n\n")[0] ?? "";
  const kind = KIND_CUES.some(([, cue]) => cue.test(a.title)) ? eventKindOf(a.title) : eventKindOf(firstParagraph);
  return {
    slug: `${a.publishedAt ?? "undated"}-${createHash("sha256").update(contentHash).digest("hex").slice(0, 8)}`,
    title: a.title,
    kind,
    date: a.publishedAt,
    dateBasis: a.dateBasis,
    place: a.dateline?.city ?? null,
  };
}
