// What an article says that bears on whether it is about the talks, counted over its title and body:
// Syria (places, Syrian people, the lexicon's words), each side (its people, places, bodies and words), the
// multilateral frames, words of diplomacy, and other subjects. Each count keeps what it counted, so the
// verdict can say why (topic-reason.ts).
import { perObject } from "../cache";
import type { Gazetteers } from "../entities/gazetteers";
import { shortNameOf } from "../entities/short-name";
import type { ScannedPart } from "../entities/find-entities";
import type { TopicLexicon } from "../entities/topic-lexicon";
import { tokensOf } from "../entities/token-cache";
import type { PersonRef } from "./types";

/** How often each label was met ("سوريا" 7, "حلب" 3), most frequent first when read through `top`. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(label: string, n = 1) {
    this.counts.set(label, (this.counts.get(label) ?? 0) + n);
  }
  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }
  top(k = 2): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, k);
  }
}

export interface TopicFeatures {
  syria: Tally;
  /** Keyed by side; people are counted under their short name, places and words under the side's label. */
  sides: { US: Tally; RU: Tally };
  /** The actors of each side, most mentioned first (short names of people). */
  actors: { US: string[]; RU: string[] };
  frames: Tally;
  diplomacy: Tally;
  others: Array<{ label: string; tally: Tally }>;
}

export interface TopicInput {
  parts: Array<{ part: "title" | "caption" | "body"; text: string }>;
  entities: ScannedPart[];
  people: PersonRef[];
}

/** A discovered person's surname: «كارل هوفمان» → «هوفمان». */
const surname = (name: string) => name.trim().split(/\s+/).pop() ?? name;

// Read once per gazetteer: each person's country and short name (shortNameOf folds every spelling).
const peopleById = perObject((g: Gazetteers) => new Map(g.people.map((p) => [p.id, { country: p.country ?? null, name: shortNameOf(p) }])));

interface LexiconIndex {
  sideOfPlace: Map<string, "US" | "RU">;
  sideOfOrg: Map<string, "US" | "RU">;
  frameOrgs: Set<string>;
  framePlaces: Set<string>;
  otherOfPlace: Map<string, number>;
  label: { US: string; RU: string };
}

// Built once per lexicon, not per article.
const indexOf = perObject((data: TopicLexicon["data"]): LexiconIndex => ({
  sideOfPlace: new Map(data.sides.flatMap((s) => s.places.map((p) => [p, s.side] as const))),
  sideOfOrg: new Map(data.sides.flatMap((s) => s.organizations.map((o) => [o, s.side] as const))),
  frameOrgs: new Set(data.frames.organizations),
  framePlaces: new Set(data.frames.places),
  otherOfPlace: new Map(data.otherTopics.flatMap((t, i) => t.places.map((p) => [p, i] as const))),
  label: { US: data.sides.find((s) => s.side === "US")!.label, RU: data.sides.find((s) => s.side === "RU")!.label },
}));

export function topicFeatures(input: TopicInput, g: Gazetteers, lex: TopicLexicon): TopicFeatures {
  const { data } = lex;
  const f: TopicFeatures = {
    syria: new Tally(),
    sides: { US: new Tally(), RU: new Tally() },
    actors: { US: [], RU: [] },
    frames: new Tally(),
    diplomacy: new Tally(),
    others: data.otherTopics.map((t) => ({ label: t.label, tally: new Tally() })),
  };
  const { sideOfPlace, sideOfOrg, frameOrgs, framePlaces, otherOfPlace, label } = indexOf(data);
  const person = peopleById(g);

  for (const p of input.people) {
    const entry = person.get(p.id);
    const country = entry?.country ?? p.discovered?.country ?? null;
    const name = entry ? entry.name : surname(p.discovered?.nameAr ?? p.asWritten);
    if (country === "SY") f.syria.add(name, p.count);
    else if (country === "US" || country === "RU") {
      f.sides[country].add(name, p.count);
      f.actors[country].push(name);
    } else if (country === "UN") f.frames.add(name, p.count);
  }

  const read = input.parts.filter((p) => p.part !== "caption" && p.text);
  for (const { part, text } of read) {
    const hits = input.entities.find((e) => e.part === part)?.hits ?? [];
    const tokens = tokensOf(text);
    const covered = new Uint8Array(tokens.length);
    for (const h of hits) covered.fill(1, h.first, h.last + 1);
    for (const h of hits) {
      const e = h.target.entry;
      if (h.target.type === "place") {
        const country = h.target.entry.kind === "country" ? e.id : h.target.entry.country;
        if (country === "syria") f.syria.add(e.nameAr);
        const side = sideOfPlace.get(e.id);
        if (side) f.sides[side].add(label[side]);
        if (framePlaces.has(e.id)) f.frames.add(e.nameAr);
        const other = otherOfPlace.get(e.id);
        if (other !== undefined) f.others[other]!.tally.add(e.nameAr);
      } else {
        const side = sideOfOrg.get(e.id);
        if (side) f.sides[side].add(label[side]);
        if (frameOrgs.has(e.id)) f.frames.add(e.nameAr);
      }
    }
    for (const t of lex.scan(text, tokens, (i) => covered[i] === 1)) {
      if (t.group === "syria") f.syria.add(data.syria.label);
      else if (t.group === "side:US" || t.group === "side:RU") {
        const side = t.group === "side:US" ? "US" : "RU";
        f.sides[side].add(label[side]);
      } else if (t.group === "frame") f.frames.add(t.term);
      else if (t.group === "diplomacy") f.diplomacy.add(t.term);
      else f.others[Number(t.group.slice("other:".length))]!.tally.add(t.term);
    }
  }
  return f;
}

/** Who of the talks' parties the article names: both sides, one side within a multilateral frame, a frame alone, one side, none. */
export type Parties = "both" | "sideInFrame" | "frame" | "oneSide" | "none";

export function partiesOf(f: TopicFeatures): Parties {
  const us = f.sides.US.total > 0;
  const ru = f.sides.RU.total > 0;
  const frame = f.frames.total > 0;
  if (us && ru) return "both";
  if ((us || ru) && frame) return "sideInFrame";
  if (frame) return "frame";
  return us || ru ? "oneSide" : "none";
}
