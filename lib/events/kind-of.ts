// The kind of event a piece of text reports: the highest-priority kind among its cues.
import { tokenize, type Token } from "../arabic/tokens";
import { loadEventCues, type EventCues } from "./cues";
import type { EventKind } from "../enums/event-kind";

/** Kinds cued in the tokens, in priority order (data/event-cues.json). */
export function kindsIn(tokens: Token[], cues: EventCues = loadEventCues()): EventKind[] {
  const found = new Set(cues.kinds.scan(tokens).map((h) => h.target));
  return cues.priority.filter((k) => found.has(k));
}

/** The kind a text reports, "other" when it holds no cue. */
export function eventKindOf(text: string, cues: EventCues = loadEventCues()): EventKind {
  return kindsIn(tokenize(text), cues)[0] ?? "other";
}
