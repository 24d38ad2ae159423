// Calendar arithmetic on YYYY-MM-DD strings (UTC days): what a weekday, a relative word or a year-less
// date needs to be placed on the calendar. Pure; no time zones.
const MS_PER_DAY = 86_400_000;

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
const isoOfDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** 0 = Sunday, as Date.getUTCDay and lib/arabic/weekdays. */
export function weekdayOfIso(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** Days from `b` to `a` (positive when `a` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round(dayNumber(a) - dayNumber(b));
}

/** The years in [from, to] whose calendar puts `day` `month` on `weekday` ("الثلاثاء 29 أكتوبر" → 2013 in 2011-2018). */
export function yearsWithWeekday(month: number, day: number, weekday: number, from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) {
    const t = new Date(Date.UTC(y, month - 1, day));
    if (t.getUTCMonth() === month - 1 && t.getUTCDay() === weekday) years.push(y);
  }
  return years;
}

/**
 * The day falling on `weekday` nearest to `iso` within `reach` days, on or after it, on or before it, or
 * either (a tie goes to the later day: reports follow what they report). Null when none is within reach.
 */
export function nearestWeekday(iso: string, weekday: number, side: "before" | "after" | "either", reach = 6): string | null {
  const base = dayNumber(iso);
  let best: number | null = null;
  for (let k = -reach; k <= reach; k++) {
    if ((side === "after" && k < 0) || (side === "before" && k > 0)) continue;
    const d = base + k;
    if ((((d + 4) % 7) + 7) % 7 !== weekday) continue; // 1970-01-01 was a Thursday
    if (best === null || Math.abs(k) < Math.abs(best - base) || (Math.abs(k) === Math.abs(best - base) && d > best)) best = d;
  }
  return best === null ? null : isoOfDay(best);
}
