// How the data layer hands dates to pages: PostgreSQL DATE columns arrive as UTC-midnight Dates.

/** YYYY-MM-DD, or null. */
export const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** Coverage order everywhere: by publication date, undated last, then by id. */
export function byPublication(a: { publishedAt: Date | null; id: number }, b: { publishedAt: Date | null; id: number }): number {
  if (a.publishedAt && b.publishedAt) return a.publishedAt.getTime() - b.publishedAt.getTime() || a.id - b.id;
  if (a.publishedAt || b.publishedAt) return a.publishedAt ? -1 : 1;
  return a.id - b.id;
}
