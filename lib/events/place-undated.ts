// An article without a date of its own joins a dated event only on strong evidence: the same main
// people, and wording of the same story, or the same specific cues (kind and venue) with some shared
// wording. If it names a weekday, that weekday, taken on or after the event's earliest dated coverage
// and within the event's span, is its inferred date; a weekday outside the span means another event.
import type { Cluster } from "./cluster";
import { isoOf, nextWeekday } from "./days";
import { inferredEvidence, undatedReason } from "./evidence";
import type { Features } from "./features";
import { compareByDate } from "./order";
import { kindsCompatible, SPECIFIC_KINDS } from "./kinds";
import type { EventNames } from "./names";
import { spanLimit } from "./pair";
import { samePeople } from "./people-sim";
import { containment } from "./text-sim";
import { SAME_CUES_BONUS, TEXT_SAME_COPY, TEXT_SHARED, TEXT_STRONG, UNDATED_LEAD_RATIO, UNDATED_MARGIN } from "./thresholds";
import { venuesAgree, venuesConflict } from "./venue-match";

export interface Placement {
  /** Index of the cluster joined, null when the article stays on its own. */
  cluster: number | null;
  inferredDate: string | null;
  evidence: string | null;
  reason: string | null;
}

interface Match {
  cluster: number;
  score: number;
  date: string | null;
  evidence: string | null;
  reason: string | null;
}

type Verdict = Match | { rejected: "outside-window" } | null;

export function placeUndated(u: Features, clusters: Cluster[], candidates: number[], names: EventNames): Placement {
  if (u.principals.length === 0) return { cluster: null, inferredDate: null, evidence: null, reason: undatedReason.noPeople };
  const matches: Match[] = [];
  let outsideWindow = false;
  for (const id of candidates) {
    const v = judge(u, clusters[id]!, id, names);
    if (v && "rejected" in v) outsideWindow = true;
    else if (v) matches.push(v);
  }
  matches.sort((a, b) => b.score - a.score || a.cluster - b.cluster);
  const [best, next] = matches;
  if (!best) {
    const reason = outsideWindow && u.weekday ? undatedReason.outsideWindow(u.weekday.text) : undatedReason.noMatch;
    return { cluster: null, inferredDate: null, evidence: null, reason };
  }
  if (next && (best.score - next.score < UNDATED_MARGIN || best.score < next.score * UNDATED_LEAD_RATIO))
    return { cluster: null, inferredDate: null, evidence: null, reason: undatedReason.ambiguous(matches.length) };
  return { cluster: best.cluster, inferredDate: best.date, evidence: best.evidence, reason: best.reason };
}

function judge(u: Features, c: Cluster, id: number, names: EventNames): Verdict {
  const dated = c.members.filter((m) => m.day !== null);
  if (dated.length === 0 || !dated.some((m) => samePeople(u.principals, m.principals))) return null;
  if ([...c.kinds].some((k) => !kindsCompatible(u.kind, k))) return null;
  const text = Math.max(...dated.map((m) => containment(u.shingles, m.shingles)));
  if (text < TEXT_SAME_COPY && c.venues.some((v) => venuesConflict(u.venue, v, names))) return null;
  const sameCues =
    u.venue !== null && dated.some((m) => m.venue !== null && venuesAgree(u.venue!, m.venue, names) && m.kinds.some((k) => SPECIFIC_KINDS.has(k) && u.kinds.includes(k)));
  // Kind and venue alone recur (Kerry and Lavrov met in Geneva many times): they need wording too.
  if (text < TEXT_STRONG && !(sameCues && text >= TEXT_SHARED)) return null;
  const score = text + (sameCues ? SAME_CUES_BONUS : 0);
  if (!u.weekday) return { cluster: id, score, date: null, evidence: null, reason: undatedReason.noWeekday };

  // The reference is the earliest dated article; ties go to the stronger basis, then the first key.
  const ref = [...dated].sort(compareByDate)[0]!;
  const inferred = nextWeekday(ref.day!, u.weekday.weekday);
  if (inferred - ref.day! > spanLimit(c.lasting || u.multiDay)) return { rejected: "outside-window" };
  const support = u.dayOfEvent;
  if (support && c.lasting && ref.day! + support.day - 1 !== inferred)
    return { cluster: id, score, date: null, evidence: null, reason: undatedReason.dayConflict(u.weekday.text, support.quote) };
  const evidence = inferredEvidence({
    weekdayText: u.weekday.text,
    referenceIso: isoOf(ref.day!),
    referenceOutlet: ref.item.outlet?.nameAr ?? null,
    inferredIso: isoOf(inferred),
    support: support && c.lasting ? support.quote : null,
  });
  return { cluster: id, score, date: isoOf(inferred), evidence, reason: null };
}
