// The other side of a meeting or call: the person named after "مع" that follows an event cue
// ("وخلال اجتماع في لندن مع وزير الخارجية الإماراتي الشيخ عبدالله بن زايد"). A lead often names someone
// else first (the president whose view is reported), so titles prefer the counterpart.
import type { Token } from "../arabic/tokens";
import type { CueHit } from "./cue-matcher";
import type { EventKind } from "../enums/event-kind";
import { SPECIFIC_KINDS } from "./kinds";
import type { EventNames } from "./names";

/** Words from the cue to "مع", and from "مع" to the name (a title such as وزير الخارجية الإماراتي الشيخ fits). */
const WITH_REACH = 8;
const NAME_REACH = 6;
const WITH = new Set(["مع", "بين"]);

export interface CueText {
  text: string;
  tokens: Token[];
  cues: CueHit<EventKind>[];
}

export function findCounterpart(parts: CueText[], known: Set<string>, names: EventNames): string | null {
  for (const { text, tokens, cues } of parts)
    for (const cue of cues) {
      if (!SPECIFIC_KINDS.has(cue.target)) continue;
      const end = Math.min(cue.last + WITH_REACH, tokens.length - 1);
      for (let i = cue.last + 1; i <= end; i++) {
        if (!tokens[i]!.joined && i > cue.last + 1) break; // punctuation ends the clause
        if (!WITH.has(tokens[i]!.norm)) continue;
        // The name must start within reach; a long one ("عبدالله بن زايد آل نهيان") may run past it.
        const from = tokens[i]!.end;
        const startBy = tokens[Math.min(i + NAME_REACH, tokens.length - 1)]!.end;
        const until = tokens[Math.min(i + NAME_REACH + 4, tokens.length - 1)]!.end;
        const m = names.people.scan(text.slice(from, until), new Set(known))[0];
        if (m && from + m.start < startBy) return m.personId;
        break;
      }
    }
  return null;
}
