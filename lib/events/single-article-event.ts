// Each article as its own event: what the loader stored before coverage was grouped (lib/events/group.ts
// now does it). Kept so EventDraft, eventKindOf and EventKind still resolve here; kinds come from the cue
// lists in data/event-cues.json.
import { createHash } from "node:crypto";
import type { ExtractedArticle } from "../ingest/types";
import { eventKindOf } from "./kind-of";
import type { EventKind } from "./kinds";
import type { PlannedEvent } from "./types";

export type { EventKind } from "./kinds";
export { eventKindOf } from "./kind-of";

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
  const titleKind = eventKindOf(a.title);
  return {
    slug: `${a.publishedAt ?? "undated"}-${createHash("sha256").update(contentHash).digest("hex").slice(0, 8)}`,
    title: a.title,
    kind: titleKind !== "other" ? titleKind : eventKindOf(firstParagraph),
    date: a.publishedAt,
    dateBasis: a.dateBasis,
    place: a.dateline?.city ?? null,
  };
}

/** A grouped event in the EventDraft shape (the Event table also has dateEnd and participants: see PlannedEvent). */
export function eventDraftOf(e: PlannedEvent): EventDraft {
  return { slug: e.slug, title: e.title, kind: e.kind, date: e.date, dateBasis: e.dateBasis, place: e.place };
}
