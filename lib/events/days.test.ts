import { describe, expect, it } from "vitest";
import { dayOf, isoOf, nextWeekday, previousWeekday, weekdayOfDay } from "./days";

describe("days", () => {
  it("round-trips ISO dates and knows their weekday", () => {
    expect(isoOf(dayOf("2016-07-14"))).toBe("2016-07-14");
    expect(weekdayOfDay(dayOf("2016-07-14"))).toBe(4); // Thursday
    expect(dayOf("2016-03-01") - dayOf("2016-02-28")).toBe(2); // leap year
  });
  it("finds the next and previous day on a weekday, the day itself included", () => {
    const thu = dayOf("2016-07-14");
    expect(isoOf(nextWeekday(thu, 5))).toBe("2016-07-15");
    expect(isoOf(nextWeekday(thu, 4))).toBe("2016-07-14");
    expect(isoOf(nextWeekday(thu, 3))).toBe("2016-07-20");
    expect(isoOf(previousWeekday(thu, 3))).toBe("2016-07-13");
  });
});
