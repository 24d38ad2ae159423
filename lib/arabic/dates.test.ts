import { describe, expect, it } from "vitest";
import { findDates } from "./dates";

const iso = (s: string) => findDates(s).map((d) => d.iso);

describe("findDates: formats Arab sites use", () => {
  it.each([
    ["نشر في: الخميس 14 يوليه 2016 - 9:16 م", "2016-07-14"], // Egyptian يوليه
    ["01.09.2016 | 14:46", "2016-09-01"], // day.month.year
    ["٢٨ سبتمبر ٢٠١٦", "2016-09-28"], // Eastern Arabic digits
    ["2016/01/20", "2016-01-20"],
    ["2016-01-20", "2016-01-20"],
    ["20/01/2016", "2016-01-20"],
    ["20-1-2016", "2016-01-20"],
    ["10. سبتمبر 2016", "2016-09-10"],
    ["الأحد 10 كانون الثاني 2016", "2016-01-10"],
    ["15 شباط 2016", "2016-02-15"],
    ["3 آذار 2016", "2016-03-03"],
    ["4 نيسان 2016", "2016-04-04"],
    ["5 أيار 2016", "2016-05-05"],
    ["6 حزيران 2016", "2016-06-06"],
    ["15 تموز 2016", "2016-07-15"],
    ["16 آب 2016", "2016-08-16"],
    ["17 أيلول 2016", "2016-09-17"],
    ["18 تشرين الأول 2016", "2016-10-18"],
    ["19 تشرين الثاني 2016", "2016-11-19"],
    ["20 كانون الأول 2016", "2016-12-20"],
    ["21 يونيه 2016", "2016-06-21"],
    ["14 يوليوز 2016", "2016-07-14"],
    ["3 غشت 2015", "2015-08-03"],
    ["5 ماي 2015", "2015-05-05"],
    ["5 مايو 2015", "2015-05-05"],
    ["7 أبريل 2017", "2017-04-07"],
    ["7 ابريل 2017", "2017-04-07"],
    ["7 إبريل 2017", "2017-04-07"],
    ["12 فيفري 2016", "2016-02-12"],
    ["12 فبراير 2016", "2016-02-12"],
    ["9 جانفي 2017", "2017-01-09"],
    ["9 جوان 2016", "2016-06-09"],
    ["2 أوت 2016", "2016-08-02"],
    ["1 شباط/فبراير 2016", "2016-02-01"],
    ["1 أيلول (سبتمبر) 2016", "2016-09-01"],
    ["22 فبراير شباط 2016", "2016-02-22"], // Reuters Arabic
    ["14 من شهر يوليو 2016", "2016-07-14"],
    ["September 28, 2016", "2016-09-28"],
    ["28 September 2016", "2016-09-28"],
    ["١٤/٠٧/٢٠١٦", "2016-07-14"],
  ])("%s", (text, expected) => expect(iso(text)).toEqual([expected]));

  it("reads a clock glued to the year or the day", () => {
    expect(findDates("14 يوليو 201609:16")[0]).toMatchObject({ iso: "2016-07-14", time: "09:16" });
    expect(findDates("2016/01/2014:46")[0]).toMatchObject({ iso: "2016-01-20", time: "14:46" });
    expect(findDates("2016-01-20T14:46:00")[0]).toMatchObject({ iso: "2016-01-20", time: "14:46:00" });
  });

  it("quotes the original text with the weekday and the time", () => {
    const [d] = findDates("نشر في: الخميس 14 يوليه 2016 - 9:16 م | آخر تحديث");
    expect(d).toMatchObject({ text: "الخميس 14 يوليه 2016 - 9:16 م", weekday: 4, weekdayMismatch: false, time: "9:16" });
  });

  it("keeps the original Eastern digits in the quote", () => {
    expect(findDates("نشر بتاريخ ٢٨ سبتمبر ٢٠١٦")[0]!.text).toBe("٢٨ سبتمبر ٢٠١٦");
  });

  it("finds both dates of a published/updated line, in order", () => {
    expect(iso("نشر في: 14 يوليه 2016 | آخر تحديث: 15 يوليه 2016")).toEqual(["2016-07-14", "2016-07-15"]);
  });

  it("flags a weekday the calendar contradicts", () => {
    expect(findDates("الجمعة 14 يوليه 2016")[0]!.weekdayMismatch).toBe(true);
  });
});

describe("findDates: traps", () => {
  it("reads related-story list dates (year first) so callers can reject them", () => {
    const [d] = findDates("GMT 13:56 2019 الإثنين ,01 تموز / يوليو");
    expect(d).toMatchObject({ iso: "2019-07-01", format: "list-year-first" });
  });
  it("finds no date in a copyright year", () => {
    expect(findDates("© 2022 syria.news All Rights Reserved")).toEqual([]);
    expect(findDates("جميع الحقوق محفوظة لمجموعة العرب اليوم الاعلامية 2023 ©")).toEqual([]);
  });
  it("finds no date in a clock without a day", () => {
    expect(findDates("آخر تحديث 16:46:38 بتوقيت أبوظبي")).toEqual([]);
  });
  it("needs a year: 'في 27 شباط الماضي' is not a date", () => {
    expect(findDates("التي دخلت حيز التنفيذ في 27 شباط الماضي")).toEqual([]);
  });
  it("rejects impossible calendar dates", () => {
    expect(findDates("31/02/2016")).toEqual([]);
    expect(findDates("32 يوليو 2016")).toEqual([]);
    expect(findDates("2016/13/01")).toEqual([]);
  });
  it("reads month-first only when the day-first reading is impossible", () => {
    expect(iso("12/25/2016")).toEqual(["2016-12-25"]);
    expect(iso("05/06/2016")).toEqual(["2016-06-05"]);
  });
  it("does not take a year range or a number run for a date", () => {
    expect(findDates('صدور "حكومة الوفد الأخيرة 1950-1952"')).toEqual([]);
    expect(findDates("اكثر من 280 الف شخص في 2014")).toEqual([]);
  });
  it("does not read a month name inside another word", () => {
    expect(findDates("10 مارسيليا 2016")).toEqual([]);
  });
  it("reads the Gregorian half of a Hijri + Gregorian line and never the Hijri one", () => {
    expect(iso("الخميس 18 شوال 1437 هـ - 21 يوليو 2016 م")).toEqual(["2016-07-21"]);
    expect(findDates("15 شوال 1437 هـ")).toEqual([]);
  });
  it("accepts the م (Gregorian) suffix and an Arabic comma after the year", () => {
    expect(iso("21 يوليو 2016م")).toEqual(["2016-07-21"]);
    expect(iso("٢١ يوليو ٢٠١٦، ١٠:٣٠ ص")).toEqual(["2016-07-21"]);
  });
  it("finds no date in a relative time", () => {
    expect(findDates("منذ 3 ساعات")).toEqual([]);
  });
  it("parses the scrape-time clock too (rejecting it is date-select's job)", () => {
    expect(iso("الجمعة 27 سبتمبر 2024 7:26 ص القاهرة القاهرة 24°")).toEqual(["2024-09-27"]);
  });
});

describe("findDates: forms seen on real news pages", () => {
  it("reads a clock glued before an ISO date, and keeps it as the time", () => {
    expect(findDates("18:032016/01/20")[0]).toMatchObject({ iso: "2016-01-20", time: "18:03", text: "18:032016/01/20" });
  });
  it("reads English month abbreviations, day first or month first", () => {
    expect(iso("Updated 20 Oct 2016")).toEqual(["2016-10-20"]);
    expect(iso("Oct 20, 2016")).toEqual(["2016-10-20"]);
    expect(iso("20-Oct-2016")).toEqual(["2016-10-20"]);
  });
  it("reads Eastern digits glued to the word before or the month after", () => {
    expect(findDates("الأربعاء،٢٨سبتمبر٢٠١٦")[0]).toMatchObject({ iso: "2016-09-28", weekday: 3, weekdayMismatch: false });
    expect(findDates("نشر في٢٨ سبتمبر ٢٠١٦")[0]).toMatchObject({ iso: "2016-09-28", text: "٢٨ سبتمبر ٢٠١٦" });
  });
  it("does not read digits glued to a Latin word as a date", () => {
    expect(findDates("ref A12/05/2016")).toEqual([]);
  });
  it("takes the Gregorian half of a Hijri-first pair, with the weekday written before the Hijri half", () => {
    expect(findDates("الأحد 22 ربيع الأول 1437 هـ الموافق 3 يناير 2016 م")[0]).toMatchObject({ iso: "2016-01-03", weekday: 0, weekdayMismatch: false });
    expect(findDates("السبت 5 ذو الحجة 1437هـ - 8 أكتوبر 2016م")[0]).toMatchObject({ iso: "2016-10-08", weekday: 6 });
    expect(findDates("الخميس 2 ربيع أول 1438 هـ الموافق 1 ديسمبر 2016")[0]).toMatchObject({ iso: "2016-12-01", weekday: 4, weekdayMismatch: false });
  });
  it("reads a day written as an ordinal word", () => {
    expect(iso("الاثنين (الثالث من تشرين الأول/ أكتوبر 2016)")).toEqual(["2016-10-03"]);
    expect(iso("في الحادي والعشرين من سبتمبر 2016")).toEqual(["2016-09-21"]);
    expect(iso("الرابع عشر من تموز 2015")).toEqual(["2015-07-14"]);
  });
  it("reads a month name between slashes", () => {
    expect(findDates("الإثنين 23/أكتوبر/2017 - 03:21 م")[0]).toMatchObject({ iso: "2017-10-23", weekday: 1, time: "03:21" });
  });
  it("reads a clock after a slash", () => {
    expect(findDates("الجمعة 25 نوفمبر 2016 / 09:34")[0]).toMatchObject({ iso: "2016-11-25", time: "09:34", weekday: 5 });
  });
});

describe("findDates: numeric dates that could be read two ways", () => {
  it("keeps the month-first reading of a slashed or dashed date as the alternative", () => {
    expect(findDates("7/8/2017 00:00")[0]).toMatchObject({ iso: "2017-08-07", alternative: "2017-07-08" });
    expect(findDates("05-06-2016")[0]).toMatchObject({ iso: "2016-06-05", alternative: "2016-05-06" });
  });
  it("has no alternative when the form decides", () => {
    expect(findDates("08.04.2017 22:47")[0]!.alternative).toBeNull(); // dotted: day first
    expect(findDates("25/12/2016")[0]!.alternative).toBeNull(); // 25 cannot be a month
    expect(findDates("12/25/2016")[0]!.alternative).toBeNull(); // nor the other way round
    expect(findDates("07/07/2016")[0]!.alternative).toBeNull(); // both readings are one day
    expect(findDates("2016/07/08")[0]!.alternative).toBeNull(); // year first: year, month, day
    expect(findDates("8 تموز 2017")[0]!.alternative).toBeNull();
  });
});
