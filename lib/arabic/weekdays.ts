// Weekday names (0 = Sunday, as Date.getUTCDay). Data-driven like the months.
// Only the definite Arabic forms: bare أحد ("one of") and جمعة ("a gathering") are ordinary words.

export const WEEKDAY_NAMES: ReadonlyArray<readonly [day: number, names: readonly string[]]> = [
  [0, ["الأحد", "الاحد", "sunday", "sun"]],
  [1, ["الإثنين", "الاثنين", "monday", "mon"]],
  [2, ["الثلاثاء", "الثلاثا", "الثلثاء", "tuesday", "tue"]],
  [3, ["الأربعاء", "الاربعاء", "wednesday", "wed"]],
  [4, ["الخميس", "thursday", "thu"]],
  [5, ["الجمعة", "friday", "fri"]],
  [6, ["السبت", "saturday", "sat"]],
];
