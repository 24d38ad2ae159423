// The cue lists of data/event-cues.json, validated once and compiled into matchers.
import { z } from "zod";
import cuesJson from "../../data/event-cues.json";
import { tokenize, type Token } from "../arabic/tokens";
import { compileCues, type CueMatcher } from "./cue-matcher";
import { EVENT_KINDS, type EventKind } from "../enums/event-kind";
import { wordKey } from "./word-forms";
import { once } from "../cache";

const phrase = z.string().trim().min(1);
export const EventCuesSchema = z.object({
  kinds: z.array(z.object({ kind: z.enum(EVENT_KINDS), cues: z.array(phrase).min(1) })),
  negators: z.array(phrase).default([]),
  multiDay: z.array(phrase).default([]),
  dayOfEvent: z.array(z.object({ cue: phrase, day: z.number().int().min(1).max(7) })).default([]),
  stopwords: z.array(phrase).default([]),
  topicShift: z.array(phrase).default([]),
  notTopics: z.array(phrase).default([]),
  ahead: z.array(phrase).default([]),
});

export interface EventCues {
  /** Kind cues in the tokens, without the negated ones. */
  kinds: CueMatcher<EventKind>;
  /** Kinds in priority order: the first one found decides. */
  priority: EventKind[];
  multiDay: CueMatcher<true>;
  dayOfEvent: CueMatcher<number>;
  /** Similarity keys (wordKey) never counted as shared content. */
  stopwords: ReadonlySet<string>;
  /**
   * Words that say nothing of what an occurrence was about: the words of the kind cues («اتصال», «لقاء»: what,
   * not what about) and the notTopics list («على هامش»), as similarity keys.
   */
  notTopics: ReadonlySet<string>;
  /** «يعتزمان», «من المقرر»: the event cue after it is of an occasion still to come. */
  ahead: CueMatcher<true>;
  /** «من جهة أخرى»: what follows is another story, whose kind and venue are not the article's. */
  topicShift: CueMatcher<true>;
}

export function buildEventCues(data: unknown): EventCues {
  const parsed = EventCuesSchema.safeParse(data);
  if (!parsed.success) throw new Error(`data/event-cues.json is invalid:\n${z.prettifyError(parsed.error)}`);
  const c = parsed.data;
  return {
    kinds: withoutNegated(
      compileCues(c.kinds.flatMap(({ kind, cues }) => cues.map((p) => ({ target: kind, phrase: p })))),
      new Set(c.negators.flatMap((w) => tokenize(w).map((t) => t.norm))),
    ),
    priority: c.kinds.map((k) => k.kind),
    multiDay: compileCues(c.multiDay.map((p) => ({ target: true as const, phrase: p }))),
    dayOfEvent: compileCues(c.dayOfEvent.map(({ cue, day }) => ({ target: day, phrase: cue }))),
    stopwords: new Set(c.stopwords.flatMap((w) => tokenize(w).map((t) => wordKey(t.norm)))),
    notTopics: new Set([...c.kinds.flatMap((k) => k.cues), ...c.notTopics].flatMap((w) => tokenize(w).map((t) => wordKey(t.norm)))),
    ahead: compileCues(c.ahead.map((p) => ({ target: true as const, phrase: p }))),
    topicShift: compileCues(c.topicShift.map((p) => ({ target: true as const, phrase: p }))),
  };
}

/** "دون التوصل إلى اتفاق" reports no agreement: a negator one or two words before a cue cancels it. */
const NEGATION_REACH = 2;
function withoutNegated<T>(m: CueMatcher<T>, negators: ReadonlySet<string>): CueMatcher<T> {
  const negated = (tokens: Token[], first: number) => {
    for (let i = first - 1; i >= Math.max(0, first - NEGATION_REACH); i--) {
      const t = tokens[i]!;
      if (negators.has(t.norm) || (/^[وف]/.test(t.norm) && negators.has(t.norm.slice(1)))) return true;
      if (!tokens[i + 1]!.joined) return false; // punctuation between: another clause
    }
    return false;
  };
  return { scan: (tokens) => m.scan(tokens).filter((h) => !negated(tokens, h.first)) };
}

export const loadEventCues: () => EventCues = once(() => buildEventCues(cuesJson));
