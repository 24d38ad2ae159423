// How the data layer hands dates to pages: PostgreSQL DATE columns arrive as UTC-midnight Dates.

/** YYYY-MM-DD, or null. */
export const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** Coverage order everywhere: by publication date, undated last, then by id. */
export function byPublication(a: { publishedAt: Date | null; id: number }, b: { publishedAt: Date | null; id: number }): number {
  if (a.publishedAt && b.publishedAt) return a.publishedAt.getTime() - b.publishedAt.getTime() || a.id - b.id;
  if (a.publishedAt || b.publishedAt) return a.publishedAt ? -1 : 1;
  return a.id - b.id;
}

/** An event row's own fields as pages read them (dates as YYYY-MM-DD): shared by the timeline and the event page. */
export function eventFields<E extends { slug: string; title: string; kind: K; date: Date | null; dateEnd: Date | null; dateBasis: B; place: string | null }, K, B>(e: E) {
  return { slug: e.slug, title: e.title, kind: e.kind, date: isoDate(e.date), dateEnd: isoDate(e.dateEnd), dateBasis: e.dateBasis, place: e.place };
}
