// Whether an article is about the talks: US–Russia diplomacy on Syria, including the multilateral rounds both
// co-lead and reactions to their deals. The score multiplies three things an on-topic article has:
//   Syria named           (none: 0; once: 0.8; twice or more: 1)
//   the parties           (both sides: 1; one side within a multilateral frame: 0.9; a frame alone: 0.8;
//                          one side alone, as Saudi-Russian talks on Syria: 0.3; neither, as battle news: 0.1)
//   words of diplomacy    (0.6 with none, up to 1 with two or more)
// so that every on-topic shape scores 0.48 or more and every off-topic shape 0.3 or less: the threshold sits in
// the middle of that gap (tests/topic-threshold in lib/extract/topic.test.ts walks it).
import type { Gazetteers } from "../entities/gazetteers";
import { loadTopicLexicon, type TopicLexicon } from "../entities/topic-lexicon";
import { partiesOf, topicFeatures, type Parties, type TopicFeatures, type TopicInput } from "./topic-features";
import { topicReason } from "./topic-reason";
import type { TopicVerdict } from "./types";

export const TOPIC_THRESHOLD = 0.4;

const PARTIES: Record<Parties, number> = { both: 1, sideInFrame: 0.9, frame: 0.8, oneSide: 0.3, none: 0.1 };

export function topicScore(f: TopicFeatures): number {
  const syria = f.syria.total;
  const named = syria === 0 ? 0 : syria === 1 ? 0.8 : 1;
  const diplomacy = Math.min(f.diplomacy.total + f.frames.total, 2) / 2;
  return Math.round(named * PARTIES[partiesOf(f)] * (0.6 + 0.4 * diplomacy) * 1000) / 1000;
}

export function classifyTopic(input: TopicInput, g: Gazetteers, lex: TopicLexicon = loadTopicLexicon()): TopicVerdict {
  const f = topicFeatures(input, g, lex);
  const score = topicScore(f);
  const onTopic = score >= TOPIC_THRESHOLD;
  return { onTopic, score, reason: topicReason(f, onTopic, partiesOf(f)) };
}
