import { describe, expect, it } from "vitest";
import { findDayMonths } from "./day-months";

const read = (s: string) => findDayMonths(s).map((d) => [d.day, d.month, d.weekday]);

describe("findDayMonths: a day and a month with no year", () => {
  it("reads the day, the month and a weekday written before", () => {
    expect(read("بحث الوزيران يوم الثلاثاء 29 أكتوبر/تشرين الأول الجاري")).toEqual([[29, 10, 2]]);
    expect(read("انعقد الاجتماع السبت 14 نوفمبر في فيينا")).toEqual([[14, 11, 6]]);
    expect(read("على أن يلتقيا في 13 كانون الثاني الجاري")).toEqual([[13, 1, null]]);
    expect(read("تصريحات الجمعة (9 سبتمبر)")).toEqual([[9, 9, 5]]);
  });
  it("reads ordinal days only with «من», and digits glued to the month", () => {
    expect(read("زيارة يومي الثاني والثالث من آب")).toEqual([[3, 8, null]]);
    expect(read("في الربع الأول أيلول")).toEqual([]);
    expect(read("اجتماع الـ11 من فبراير/شباط")).toEqual([[11, 2, null]]);
    expect(read("في٢٨سبتمبر")).toEqual([[28, 9, null]]);
  });
  it("leaves full dates to findDates", () => {
    expect(read("في 29 أكتوبر 2013")).toEqual([]);
    expect(read("في 29 أكتوبر، عام 2013")).toEqual([]);
  });
  it("quotes the day and month as written", () => {
    expect(findDayMonths("منذ ١٢ أبريل الماضي")[0]!.text).toBe("١٢ أبريل");
  });
});
