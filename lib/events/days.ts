// Calendar days as integers (days since 1970-01-01, UTC), so windows and gaps are plain arithmetic.
const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** The day of a year, month and day of month; null when the calendar has no such day (30 February). */
export function dayOfParts(year: number, month: number, day: number): number | null {
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== day ? null : dayOf(iso);
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday, as Date.getUTCDay and lib/arabic/weekdays. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The first day on or after `from` that falls on `weekday`. */
export function nextWeekday(from: number, weekday: number): number {
  return from + ((weekday - weekdayOfDay(from) + 7) % 7);
}

/** The last day on or before `until` that falls on `weekday`. */
export function previousWeekday(until: number, weekday: number): number {
  return until - ((weekdayOfDay(until) - weekday + 7) % 7);
}
