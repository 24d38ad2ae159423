import { describe, expect, it } from "vitest";
import { parseDatelineLine, parseDatelinePrefix } from "./dateline";

const known = (s: string) => ["رويترز", "سانا", "الحياة", "أ ف ب", "الفرنسية"].includes(s);
const tests = { isSource: known, isCity: (s: string) => ["باريس", "نيويورك"].includes(s) };

describe("parseDatelineLine", () => {
  it.each([
    ["موسكو - الفرنسية", "موسكو", "الفرنسية"],
    ["موسكو - صوت الامارات", "موسكو", "صوت الامارات"],
    ["نيويورك-سانا", "نيويورك", "سانا"],
    ["بيروت (رويترز)", "بيروت", "رويترز"],
    ["لندن – «الحياة»", "لندن", "الحياة"],
  ])("%s", (line, city, source) => expect(parseDatelineLine(line)).toEqual({ city, source }));

  it("refuses lines that are not datelines", () => {
    expect(parseDatelineLine("صوت الإمارات -")).toBeNull();
    expect(parseDatelineLine("كيري ولافروف خلال المؤتمر الصحفي في جنيف (رويترز)")).toBeNull();
    expect(parseDatelineLine("الأكثر قراءة")).toBeNull();
    expect(parseDatelineLine("01.09.2016 | 14:46")).toBeNull();
  });
});

describe("parseDatelinePrefix", () => {
  const p = (s: string) => parseDatelinePrefix(s, tests);
  it("cuts 'City- ' with the dash glued to the city", () => {
    expect(p("لندن- قال وزير الخارجية الأمريكي جون كيري")).toMatchObject({ city: "لندن", source: null, rest: "قال وزير الخارجية الأمريكي جون كيري" });
  });
  it("cuts a spaced kashida used as a dash", () => {
    expect(p("موسكو ـ قال وزير الخارجية الروسي سيرجي لافروف")).toMatchObject({ city: "موسكو", rest: "قال وزير الخارجية الروسي سيرجي لافروف" });
  });
  it("reads the source in parentheses or as a second segment", () => {
    expect(p("بيروت (رويترز) - قال مسؤولون إن القوات تقدمت")).toMatchObject({ city: "بيروت", source: "رويترز" });
    expect(p("بيروت - رويترز - قال مسؤولون إن القوات تقدمت")).toMatchObject({ city: "بيروت", source: "رويترز", rest: "قال مسؤولون إن القوات تقدمت" });
    expect(p("لندن - «الحياة» - أعلن وزير الخارجية البريطاني أن")).toMatchObject({ source: "الحياة" });
  });
  it("keeps an unknown second segment in the text", () => {
    expect(p("واشنطن - أعلن البيت الأبيض - في بيان - أن الرئيس")).toMatchObject({ source: null, rest: "أعلن البيت الأبيض - في بيان - أن الرئيس" });
  });
  it("drops a date from the city and keeps the whole head for date-select", () => {
    expect(p("موسكو، 14 تموز/يوليو 2016 (أ ف ب) - وصل وزير الخارجية الأمريكي")).toMatchObject({
      city: "موسكو",
      source: "أ ف ب",
      head: "موسكو، 14 تموز/يوليو 2016 (أ ف ب) -",
    });
  });
  it("cuts a known city followed by a colon and a paragraph", () => {
    const rest = "وجه وزير الخارجية الأمريكي مساء الاثنين الشكر لنظيره الفرنسي على مشاركة بلاده في الجهد الدولي";
    expect(p(`باريس: ${rest}`)).toMatchObject({ city: "باريس", source: null, head: "باريس:", rest });
  });
  it("leaves a capital speaking for its government in a headline", () => {
    expect(p("نيويورك: لا حل عسكري للأزمة في سوريا")).toBeNull();
  });
  it("leaves a speaker's or a topic's colon alone", () => {
    expect(p("لافروف: لا اتفاق مع واشنطن حول مصير الأسد")).toBeNull();
    expect(p("سوريا: المعارضة ترفض المشاركة في المفاوضات")).toBeNull();
    expect(p("باريس: الاجتماع")).toBeNull();
  });
  it("leaves ordinary first sentences alone", () => {
    expect(p("شدد وزير الخارجية الاميركي جون كيري - الجمعة - على ضرورة")).toBeNull();
    expect(p("قال الوزير - في بيان - إن الأمر")).toBeNull();
    expect(p("وصل وزير الخارجية الأميركي جون كيري مساء الخميس، إلى موسكو")).toBeNull();
    expect(p("بيروت - قال")).toBeNull();
  });
});
