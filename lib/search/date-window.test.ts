import { describe, expect, it } from "vitest";
import { extractDateWindow } from "./date-window";

const w = (q: string) => extractDateWindow(q);

describe("date words in a query become a window", () => {
  it("reads a month and year in each regional spelling, and English", () => {
    expect(w("وقف إطلاق النار أيلول 2016")).toMatchObject({ window: { from: "2016-09-01", to: "2016-09-30" }, rest: "وقف إطلاق النار" });
    expect(w("هدنة سبتمبر 2016").window).toMatchObject({ from: "2016-09-01", to: "2016-09-30" });
    expect(w("لقاء جوان 2015").window).toMatchObject({ from: "2015-06-01", to: "2015-06-30" });
    expect(w("talks Moscow May 2013")).toMatchObject({ window: { from: "2013-05-01", to: "2013-05-31" }, rest: "talks Moscow" });
    expect(w("اجتماع تشرين الثاني 2015")).toMatchObject({ window: { from: "2015-11-01", to: "2015-11-30" }, rest: "اجتماع" });
  });
  it("reads a year alone, with the word that introduces it", () => {
    expect(w("talks 2014")).toMatchObject({ window: { from: "2014-01-01", to: "2014-12-31" }, rest: "talks" });
    expect(w("محادثات عام 2014")).toMatchObject({ rest: "محادثات", window: { text: "عام 2014" } });
  });
  it("reads a day and month, taking the reports of the next days", () => {
    expect(w("كيري ولافروف 22 شباط 2016")).toMatchObject({ window: { from: "2016-02-22", to: "2016-02-24" }, rest: "كيري ولافروف" });
    expect(w("Kerry October 14, 2014").window).toMatchObject({ from: "2014-10-14", to: "2014-10-16" });
  });
  it("reads ranges, a year borrowed across them", () => {
    expect(w("جنيف 2 من تشرين الأول 2013 إلى كانون الثاني 2014")).toMatchObject({ window: { from: "2013-10-01", to: "2014-01-31" }, rest: "جنيف 2" });
    expect(w("هدنة من آذار إلى أيار 2016").window).toMatchObject({ from: "2016-03-01", to: "2016-05-31" });
    expect(w("ceasefire between 2015 and 2016").window).toMatchObject({ from: "2015-01-01", to: "2016-12-31" });
    expect(w("هدنة بين مارس وأبريل 2016")).toMatchObject({ window: { from: "2016-03-01", to: "2016-04-30" }, rest: "هدنة" });
    expect(w("محادثات بين 2014 و2015").window).toMatchObject({ from: "2014-01-01", to: "2015-12-31" });
    expect(w("من أيلول وكانون الأول 2013").window).toMatchObject({ from: "2013-09-01", to: "2013-12-31" });
    expect(w("وزير وحلب 2016")).toMatchObject({ rest: "وزير وحلب" });
  });
  it("leaves words that only look like dates", () => {
    expect(w("القرار 2254").window).toBeNull();
    expect(w("جنيف 2").window).toBeNull();
    expect(w("what may happen").window).toBeNull();
    expect(w("اجتماع أيلول").window).toBeNull();
    expect(w('"اتفاق أيلول 2016"').window).toBeNull();
    expect(w("كيري -2014").window).toBeNull();
  });
});
