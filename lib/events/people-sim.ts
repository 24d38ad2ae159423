// How alike two sets of main people are.
import { SAME_PEOPLE_MIN_SHARED } from "./thresholds";

export function sharedPeople(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((p) => b.includes(p));
}

/** Jaccard of the two sets: {كيري} against {كيري، لافروف} is 0.5. */
export function peopleSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedPeople(a, b).length;
  return shared / (a.length + b.length - shared);
}

/** The same main people: equal sets, or the smaller inside the larger with at least two shared. */
export function samePeople(a: readonly string[], b: readonly string[]): boolean {
  const shared = sharedPeople(a, b).length;
  if (shared === 0) return false;
  if (shared === a.length && shared === b.length) return true;
  return shared === Math.min(a.length, b.length) && shared >= SAME_PEOPLE_MIN_SHARED;
}
