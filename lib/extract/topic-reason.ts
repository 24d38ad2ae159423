// The Arabic sentence an editor reads beside the verdict: what the article is about, with the counts that
// decided it («يتناول المحادثات الأمريكية الروسية بشأن سوريا: سوريا 7 مرات، كيري ولافروف»,
// «خارج الموضوع: يتناول أوكرانيا (القرم 5 مرات) ولا يذكر سوريا»).
import type { Parties, Tally, TopicFeatures } from "./topic-features";

/** 1 مرة واحدة، 2 مرتين، 3-10 مرات، 11 وأكثر مرة. */
export function times(n: number): string {
  if (n === 1) return "مرة واحدة";
  if (n === 2) return "مرتين";
  return n <= 10 ? `${n} مرات` : `${n} مرة`;
}

const counted = (t: Tally, k = 2) =>
  t
    .top(k)
    .map(([label, n]) => `${label} ${times(n)}`)
    .join("، ");
const named = (t: Tally, k = 2) =>
  t
    .top(k)
    .map(([label]) => label)
    .join("، ");

/** «كيري ولافروف»: each side's main actor, or the side itself when no person speaks for it. */
function parties(f: TopicFeatures): string {
  const us = f.actors.US[0] ?? (f.sides.US.total > 0 ? "الولايات المتحدة" : null);
  const ru = f.actors.RU[0] ?? (f.sides.RU.total > 0 ? "روسيا" : null);
  return [us, ru].filter(Boolean).join(" و");
}

export function topicReason(f: TopicFeatures, onTopic: boolean, p: Parties): string {
  const syria = counted(f.syria);
  if (onTopic) {
    if (p === "both") return `يتناول المحادثات الأمريكية الروسية بشأن سوريا: ${[syria, parties(f)].filter(Boolean).join("، ")}`;
    return `يتناول جولة متعددة الأطراف بشأن سوريا: ${[syria, named(f.frames), parties(f)].filter(Boolean).join("، ")}`;
  }
  if (f.syria.total === 0) {
    const other = f.others.filter((o) => o.tally.total > 0).sort((a, b) => b.tally.total - a.tally.total)[0];
    const who = parties(f);
    if (other) return `خارج الموضوع: يتناول ${other.label} (${counted(other.tally, 1)}) ولا يذكر سوريا${who ? `، ${who}` : ""}`;
    return `خارج الموضوع: لا يذكر سوريا${who ? `، ${who}` : ""}`;
  }
  if (p === "oneSide") {
    const us = f.sides.US.total > 0;
    const side = us ? `الولايات المتحدة (${f.actors.US[0] ?? "دون ذكر مسؤول"})` : `روسيا (${f.actors.RU[0] ?? "دون ذكر مسؤول"})`;
    return `خارج الموضوع: يتناول سوريا (${syria}) مع ${side} دون الطرف ${us ? "الروسي" : "الأمريكي"}`;
  }
  return `خارج الموضوع: يتناول سوريا (${syria}) دون دبلوماسية أمريكية روسية`;
}
