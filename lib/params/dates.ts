// Dates as URL parameters carry them: a day (YYYY-MM-DD) or a whole month (YYYY-MM), inclusive.

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A real calendar day or month, year 1000 or later (no 2016-02-30, no 2016-13). */
export function isRealDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of a YYYY-MM or YYYY-MM-DD value, as YYYY-MM-DD. */
export function startOf(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/** Last day of a YYYY-MM or YYYY-MM-DD value, as YYYY-MM-DD. */
export function endOf(value: string): string {
  if (value.length !== 7) return value;
  const [y, m] = value.split("-").map(Number) as [number, number];
  return `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** A range is in order when its first day is not after its last (a month counts by its first and last days). */
export const inOrder = (from: string | undefined, to: string | undefined): boolean => !from || !to || startOf(from) <= endOf(to);
