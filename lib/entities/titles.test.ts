import { describe, expect, it } from "vitest";
import { loadGazetteers } from "./gazetteers";
import { compileTitles, resolveTitle } from "./titles";

const titles = compileTitles(loadGazetteers().people);
const who = (text: string, date: string | null, named: string[] = []) => {
  const hits = titles.scan(text);
  expect(hits).toHaveLength(1);
  return resolveTitle(hits[0]!.target, { date, named: new Set(named) });
};

describe("titles", () => {
  it("finds a title whatever the spelling of American", () => {
    expect(titles.scan("وقال وزير الخارجية الأميركي إن").map((h) => h.text)).toEqual(["وزير الخارجية الأميركي"]);
    expect(titles.scan("وقال وزير الخارجية الامريكي إن").map((h) => h.text)).toEqual(["وزير الخارجية الامريكي"]);
  });

  it("resolves by the date of office", () => {
    expect(who("وزير الخارجية الأمريكي", "2016-07-15")).toBe("john-kerry");
    expect(who("وزير الخارجية الأمريكي", "2017-04-12")).toBe("rex-tillerson");
    expect(who("الرئيس الأمريكي", "2016-09-01")).toBe("barack-obama");
    expect(who("الرئيس الأمريكي", "2017-04-07")).toBe("donald-trump");
    expect(who("المبعوث الدولي إلى سوريا", "2016-02-01")).toBe("staffan-de-mistura");
    expect(who("المبعوث الدولي إلى سوريا", "2014-01-22")).toBe("lakhdar-brahimi");
    expect(who("وزير الخارجية التركي", "2014-01-10")).toBe("ahmet-davutoglu");
    expect(who("وزير الخارجية التركي", "2016-01-10")).toBe("mevlut-cavusoglu");
  });

  it("needs no date for a title one person held", () => {
    expect(who("وزير الخارجية الروسي", null)).toBe("sergey-lavrov");
    expect(who("المتحدث باسم الكرملين", null)).toBe("dmitry-peskov");
    expect(who("المتحدثة باسم الخارجية الروسية", null)).toBe("maria-zakharova");
  });

  it("uses the people the article names when the date does not decide", () => {
    expect(who("الرئيس الأمريكي", null)).toBeNull();
    expect(who("الرئيس الأمريكي", null, ["barack-obama", "john-kerry"])).toBe("barack-obama");
    expect(who("نائب وزير الخارجية الروسي", "2016-09-01")).toBeNull();
    expect(who("نائب وزير الخارجية الروسي", "2016-09-01", ["sergey-ryabkov"])).toBe("sergey-ryabkov");
  });

  it("never takes the State Department spokesman for the Secretary", () => {
    expect(who("المتحدث باسم الخارجية الأمريكية", "2016-05-03")).toBe("john-kirby");
    expect(who("المتحدث باسم الخارجية الأمريكية", "2017-03-01")).toBe("mark-toner");
  });
});
