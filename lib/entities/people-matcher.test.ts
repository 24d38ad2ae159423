import { describe, expect, it } from "vitest";
import { findPeople } from "./find-people";
import { loadGazetteers } from "./gazetteers";
import { compilePeopleMatcher } from "./people-matcher";

const matcher = compilePeopleMatcher(loadGazetteers().people);
const scan = (text: string) => matcher.scan(text, new Set()).map((m) => [m.personId, m.text]);
const body = (text: string) => findPeople([{ part: "body", text }], matcher);

describe("people matching", () => {
  it.each([
    ["سيرغي لافروف", "sergey-lavrov"],
    ["سيرجي لافروف", "sergey-lavrov"],
    ["سيرجى لافروف", "sergey-lavrov"],
    ["دميتري بيسكوف", "dmitry-peskov"],
    ["ديمتري بسكوف", "dmitry-peskov"],
    ["بشار الاسد", "bashar-al-assad"],
    ["بشار الأسد", "bashar-al-assad"],
    ["جون كيرى", "john-kerry"],
    ["ستافان دي ميستورا", "staffan-de-mistura"],
    ["دي مستورا", "staffan-de-mistura"],
    ["عبدالله بن زايد", "abdullah-bin-zayed"],
    ["عبد الله بن زايد", "abdullah-bin-zayed"],
    ["مولود تشاووش أوغلو", "mevlut-cavusoglu"],
    ["جاويش أوغلو", "mevlut-cavusoglu"],
    ["تشاووش اوغلو", "mevlut-cavusoglu"],
    ["ماريا زاخاروفا", "maria-zakharova"],
    ["بان كي-مون", "ban-ki-moon"],
    ["داود أوغلو", "ahmet-davutoglu"],
  ])("%s -> %s", (text, id) => expect(scan(`قال ${text} اليوم`)).toEqual([[id, text]]));

  it("resolves bare surnames (gold: لافروف, الأسد, أوباما)", () => {
    expect(scan("لافروف والأسد وأوباما")).toEqual([
      ["sergey-lavrov", "لافروف"],
      ["bashar-al-assad", "الأسد"],
      ["barack-obama", "أوباما"],
    ]);
  });

  it("does not confuse Kirby with Kerry", () => {
    expect(scan("قال المتحدث جون كيربي إن كيري سيزور")).toEqual([
      ["john-kirby", "جون كيربي"],
      ["john-kerry", "كيري"],
    ]);
    expect(scan("كيربي")).toEqual([["john-kirby", "كيربي"]]);
  });

  it("keeps proclitics out of the quoted spelling", () => {
    expect(scan("ولافروف وبالأسد لكيري فبوتين")).toEqual([
      ["sergey-lavrov", "لافروف"],
      ["bashar-al-assad", "الأسد"],
      ["john-kerry", "كيري"],
      ["vladimir-putin", "بوتين"],
    ]);
    expect(scan("دعما للأسد")).toEqual([["bashar-al-assad", "للأسد"]]);
  });

  it("matches whole words only", () => {
    expect(scan("الأسدية والكيريات وبوتينية")).toEqual([]);
  });

  it("never runs a name across punctuation: '(الروسي سيرغي) لافروف' is the surname", () => {
    expect(scan("وزير الخارجية (الروسي سيرغي) لافروف")).toEqual([["sergey-lavrov", "لافروف"]]);
  });

  it("prefers the longest spelling at a position", () => {
    expect(scan("الشيخ عبدالله بن زايد آل نهيان")).toEqual([["abdullah-bin-zayed", "عبدالله بن زايد آل نهيان"]]);
    expect(scan("حافظ الأسد")).toEqual([["hafez-al-assad", "حافظ الأسد"]]);
  });

  it("counts short forms only after the full name", () => {
    expect(scan("قال المعلم في الصف")).toEqual([]);
    expect(scan("قال وليد المعلم ... وأضاف المعلم")).toEqual([
      ["walid-al-moallem", "وليد المعلم"],
      ["walid-al-moallem", "المعلم"],
    ]);
  });
});

describe("findPeople", () => {
  it("counts mentions and keeps the first body spelling", () => {
    const people = body("قال جون كيري ... ثم كيري ... ووصل كيري");
    expect(people).toEqual([{ id: "john-kerry", asWritten: "جون كيري", count: 3 }]);
  });

  it("prefers the body's spelling to the title's", () => {
    const people = findPeople(
      [
        { part: "title", text: "«كيري» في موسكو مع «بوتين»" },
        { part: "caption", text: "كيري وبوتين - ارشيفية" },
        { part: "body", text: "وصل جون كيري للقاء الرئيس فلاديمير بوتين" },
      ],
      matcher,
    );
    expect(people).toEqual([
      { id: "john-kerry", asWritten: "جون كيري", count: 3 },
      { id: "vladimir-putin", asWritten: "فلاديمير بوتين", count: 3 },
    ]);
  });

  it("falls back to the title's spelling for someone not in the body", () => {
    expect(
      findPeople(
        [
          { part: "title", text: "ترامب يتصل ببوتين" },
          { part: "body", text: "نص بلا أسماء" },
        ],
        matcher,
      ),
    ).toEqual([
      { id: "donald-trump", asWritten: "ترامب", count: 1 },
      { id: "vladimir-putin", asWritten: "بوتين", count: 1 },
    ]);
  });

  it("reports the short names it decided on what was known before the text (consulted)", () => {
    // «كارتر» before «آشتون كارتر» is decided by what the title had named; «باور» after «سامانثا باور» by the text itself.
    const consulted = new Set<string>();
    const hits = matcher.scan("قال كارتر إن آشتون كارتر وسامانثا باور اتفقا، وقالت باور", new Set(), undefined, consulted);
    expect(hits.map((m) => m.text)).toEqual(["آشتون كارتر", "سامانثا باور", "باور"]);
    expect([...consulted]).toEqual(["ashton-carter"]);
  });
});
