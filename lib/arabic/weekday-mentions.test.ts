import { describe, expect, it } from "vitest";
import { findWeekdayMentions } from "./weekday-mentions";

describe("findWeekdayMentions", () => {
  it("finds definite weekday names with و or يوم before them", () => {
    const found = findWeekdayMentions("قال كيري  الجمعة إن ... ويوم الخميس ... والسبت");
    expect(found.map((w) => [w.text, w.weekday])).toEqual([
      ["الجمعة", 5],
      ["الخميس", 4],
      ["السبت", 6],
    ]);
  });
  it("folds hamza: الاثنين and الإثنين are Monday", () => {
    expect(findWeekdayMentions("يوم الاثنين").map((w) => w.weekday)).toEqual([1]);
    expect(findWeekdayMentions("الإثنين").map((w) => w.text)).toEqual(["الإثنين"]);
  });
  it("ignores ordinary words that contain or resemble weekday names", () => {
    expect(findWeekdayMentions("أحد المسؤولين في جمعة خيرية والجمعية العامة")).toEqual([]);
  });
});
