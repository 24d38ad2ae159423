// One order for articles everywhere, so grouping is the same whatever order items come in.
import type { Features } from "./features";

// Numeric-aware: database ids "9" < "10", so the first article loaded sorts first.
const collator = new Intl.Collator("en", { numeric: true });

export function compareKeys(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

// A date printed in the text or given by an editor outranks one read from a URL or reasoned.
const BASIS_RANK = { explicit: 0, editorial: 0, url: 1, inferred: 2, unknown: 3 } as const;

/** Earliest publication day first, then the stronger date basis, then the first key; undated last. */
export function compareByDate(a: Features, b: Features): number {
  if (a.day !== b.day) return a.day === null ? 1 : b.day === null ? -1 : a.day - b.day;
  return BASIS_RANK[a.item.dateBasis] - BASIS_RANK[b.item.dateBasis] || compareKeys(a.item.key, b.item.key);
}
