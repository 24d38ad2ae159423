// Calendar days as integers (days since 1970-01-01, UTC), so windows and gaps are plain arithmetic.
const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
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
