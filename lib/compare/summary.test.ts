import { describe, expect, it } from "vitest";
import { EDITED, input, UNRELATED, WIRE } from "../../tests/compare/fixtures";
import { compareArticles } from "./compare";
import { sameQuotation } from "./quotes";
import * as T from "./thresholds";

describe("summary", () => {
  it("shares, unique facts, and people and places only one article names", () => {
    const c = compareArticles([
      input(1, WIRE, {
        people: [
          { id: "john-kerry", name: "جون كيري" },
          { id: "staffan-de-mistura", name: "ستافان دي ميستورا" },
        ],
        places: [{ id: "geneva", name: "جنيف" }],
      }),
      input(2, EDITED, { people: [{ id: "john-kerry", name: "جون كيري" }], places: [] }),
    ]);
    const [a, b] = c.summary.shares;
    expect(a!.shared).toBeCloseTo(4 / 5);
    expect(a!.sharedWith).toEqual([{ articleId: 2, shared: a!.shared }]);
    expect(a!.uniqueSentenceIds).toEqual(["1-4"]);
    expect(a!.onlyPeople.map((p) => p.id)).toEqual(["staffan-de-mistura"]);
    expect(a!.onlyPlaces.map((p) => p.id)).toEqual(["geneva"]);
    expect(b!.onlyPeople).toEqual([]);
    expect(c.articles[0]!.classCounts).toEqual({ identical: 1, near: 3, paraphrase: 0, unique: 1 });
  });

  it("says likely the same agency copy at the threshold, with the datelines' agencies", () => {
    const c = compareArticles([input(1, WIRE, { datelineAgency: "الفرنسية (AFP)" }), input(2, EDITED)]);
    expect(c.summary.wireCopy[0]).toMatchObject({ a: 1, b: 2, likelySameCopy: true, agencies: ["الفرنسية (AFP)", null] });
    expect(c.summary.wireCopy[0]!.sharedShare).toBeGreaterThanOrEqual(T.WIRE_COPY_MIN_SHARE);
    const u = compareArticles([input(1, WIRE), input(2, UNRELATED)]);
    expect(u.summary.wireCopy[0]).toMatchObject({ sharedShare: 0, likelySameCopy: false });
  });

  it("groups quotations by speaker and aligns the same one printed twice", () => {
    const lavrov = { speaker: "لافروف", speakerId: "sergey-lavrov", speakerName: "سيرغي لافروف" };
    const c = compareArticles([
      input(1, WIRE, {
        quotes: [
          { text: "إنها خطوة مهمة. نحن مستعدون لتنسيق الضربات ضد الإرهابيين", ...lavrov },
          { text: "لم يحدث أبدا", speaker: "الأسد", speakerId: "bashar-al-assad", speakerName: "بشار الأسد" },
        ],
      }),
      input(2, EDITED, {
        quotes: [
          { text: "نحن مستعدون لتنسيق الضربات الجوية ضد الإرهابيين", speaker: "وزير الخارجية الروسي", speakerId: null, speakerName: null },
          { text: "لم يحدث ابدا", speaker: null, speakerId: null, speakerName: null },
          { text: "سنرى", speaker: null, speakerId: null, speakerName: null },
        ],
      }),
    ]);
    const byName = new Map(c.summary.speakers.map((s) => [s.name, s]));
    const lav = byName.get("سيرغي لافروف")!.quotes[0]!;
    expect(lav.printings.map((p) => p.articleId)).toEqual([1, 2]);
    expect(lav.printings[1]!.diff!.filter((s) => s.kind === "added").map((s) => s.text.trim())).toEqual(["الجوية"]);
    expect(byName.get("بشار الأسد")!.quotes[0]!.printings).toHaveLength(2);
    expect(byName.get("بشار الأسد")!.quotes[0]!.printings[1]!.diff).toBeNull(); // same words, spelling aside
    expect(byName.get("غير منسوب")!.quotes.map((q) => q.printings[0]!.text)).toEqual(["سنرى"]);
  });

  it("same quotation: copy, edit, or one part of the other; not a different one", () => {
    expect(sameQuotation(["لم", "يحدث", "ابدا"], ["قال", "لم", "يحدث", "ابدا", "يوما"])).toBe(true);
    expect(sameQuotation(["نعم"], ["نعم", "ولكن", "لاحقا", "ربما"])).toBe(false);
    expect(sameQuotation(["السياسه", "الروسيه"], ["تقوم", "على", "عقد", "الصفقات"])).toBe(false);
  });
});

describe("thresholds", () => {
  it("are ordered and in range", () => {
    for (const v of [T.NEAR_MIN_SIMILARITY, T.PARAPHRASE_MIN_SIMILARITY, T.PARAPHRASE_MIN_CONTAINMENT, T.WIRE_COPY_MIN_SHARE, T.QUOTE_SAME_MIN_SIMILARITY]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(T.PARAPHRASE_MIN_SIMILARITY).toBeLessThan(T.NEAR_MIN_SIMILARITY);
    expect(T.PARAPHRASE_MIN_SHARED).toBeGreaterThanOrEqual(2);
  });
});
