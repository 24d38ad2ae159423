import { describe, expect, it } from "vitest";
import type { PersonEntry } from "../entities/schemas";
import { dayOf } from "./days";
import { buildPeriodIndex, clashes, periodHints } from "./period";

// A made-up minister who later headed an agency: his name alone spans both titles (one of them still held).
const minister: PersonEntry = {
  id: "sami-mithal",
  nameAr: "سامي مثال",
  nameLatin: "Sami Mithal",
  variants: ["سامي مثال"],
  shortForms: ["مثال"],
  titles: [
    { title: "وزير الخارجية الإيراني", from: "2011-01-30", to: "2013-08-14" },
    { title: "رئيس هيئة الطاقة الذرية الإيرانية", from: "2013-08-16", to: null },
  ],
  role: "foreign-minister",
  country: "IR",
};
const index = buildPeriodIndex([{ terms: ["جنيف 2"], periods: [{ from: "2013-05-07", to: "2014-03-31" }], note: "" }], [minister]);
const item = (body: string) => ({ title: "", body, people: ["sami-mithal"] });
const clashesOn = (body: string, iso: string) => periodHints(item(body), index).some((h) => clashes(h, dayOf(iso)));

describe("periodHints: when an undated article could have been written", () => {
  it("a title written before the name dates the article to that title's years", () => {
    expect(clashesOn("استقبل الرئيس وزير الخارجية الإيراني سامي مثال في زيارة لم يعلن عنها", "2016-02-22")).toBe(true);
    expect(clashesOn("استقبل الرئيس وزير الخارجية الإيراني، سامي مثال، أمس", "2013-05-07")).toBe(false);
  });

  it("a name alone dates nothing when one of its titles is still held; a former title dates nothing", () => {
    expect(clashesOn("التقى الرئيس سامي مثال أمس", "2016-02-22")).toBe(false);
    expect(clashesOn("قال وزير الخارجية الإيراني السابق سامي مثال إن", "2016-02-22")).toBe(false);
  });

  it("a title beside someone else's name says nothing of the person the article names", () => {
    expect(clashesOn("قال وزير الخارجية الإيراني محمد آخر إن سامي مثال", "2016-02-22")).toBe(false);
  });

  it("a word of a period dates the article to it", () => {
    expect(periodHints({ title: "", body: "التحضير لمؤتمر جنيف 2", people: [] }, index).map((h) => h.why)).toEqual(["جنيف 2"]);
  });
});
