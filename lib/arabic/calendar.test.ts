import { describe, expect, it } from "vitest";
import { addDays, daysBetween, nearestWeekday, weekdayOfIso, yearsWithWeekday } from "./calendar";

describe("calendar arithmetic on ISO days", () => {
  it("gives weekdays with Sunday as 0", () => {
    expect(weekdayOfIso("2016-10-15")).toBe(6); // a Saturday
    expect(weekdayOfIso("2013-10-29")).toBe(2); // a Tuesday
  });
  it("adds days across months and years", () => {
    expect(addDays("2015-12-31", 1)).toBe("2016-01-01");
    expect(addDays("2016-03-01", -1)).toBe("2016-02-29");
    expect(daysBetween("2016-03-01", "2016-02-28")).toBe(2);
  });
  it("finds the years whose calendar puts a day on a weekday", () => {
    expect(yearsWithWeekday(10, 29, 2, 2011, 2018)).toEqual([2013]); // Tuesday 29 October
    expect(yearsWithWeekday(5, 17, 2, 2011, 2018)).toEqual([2011, 2016]); // Tuesday 17 May: two years fit
    expect(yearsWithWeekday(2, 29, 1, 2011, 2018)).toEqual([2016]); // a leap day only exists in leap years
  });
  it("finds the nearest day with a weekday, on the side asked", () => {
    expect(nearestWeekday("2016-01-19", 3, "after")).toBe("2016-01-20"); // the Wednesday after a Tuesday
    expect(nearestWeekday("2016-01-19", 1, "before")).toBe("2016-01-18");
    expect(nearestWeekday("2016-01-19", 2, "either")).toBe("2016-01-19");
    expect(nearestWeekday("2016-01-20", 6, "either")).toBe("2016-01-23"); // 3 days either way: the later
    expect(nearestWeekday("2016-01-19", 3, "before", 3)).toBeNull();
  });
});
