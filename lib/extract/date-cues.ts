// What the words just before a date say about it: published, updated, or nothing.
import { foldCharwise } from "../arabic/normalize";

export type DateCue = "published" | "updated" | null;

// "تاريخ" covers تاريخ النشر, بتاريخ and a bare "التاريخ" label.
const PUBLISHED = /نشر|تاريخ|\bpublished\b|\bposted\b|\bdate\b/giu;
const UPDATED = /تحديث|محدث|\bupdated\b|\bmodified\b|\blast update\b/giu;

function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

/** The cue nearest before the date wins: "نشر في: X | آخر تحديث: Y" gives X published and Y updated. */
export function cueBefore(segment: string): { cue: DateCue; at: number } {
  const s = foldCharwise(segment);
  const p = lastIndex(PUBLISHED, s);
  const u = lastIndex(UPDATED, s);
  if (p < 0 && u < 0) return { cue: null, at: -1 };
  return p > u ? { cue: "published", at: p } : { cue: "updated", at: u };
}
