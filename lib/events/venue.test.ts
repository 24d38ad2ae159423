import { describe, expect, it } from "vitest";
import { featuresOf } from "./features";
import type { CoverageItem } from "./types";

const item = (title: string, body: string, datelineCity: string | null = null): CoverageItem => ({
  key: "k",
  title,
  body,
  publishedAt: "2016-01-01",
  dateBasis: "explicit",
  dateEvidence: null,
  outlet: null,
  people: [],
  places: [],
  datelineCity,
});
const venue = (title: string, body: string, dateline: string | null = null) => featuresOf(item(title, body, dateline)).venue;

describe("venue", () => {
  it("takes a place named after an event cue, glued or after a preposition", () => {
    expect(venue("كيري يواصل جولته", "وفي اليوم الثاني من زيارته لموسكو دعا كيري إلى التعاون.")?.placeId).toBe("moscow");
    expect(venue("اجتماع لافروف وكيري", "اجتمع الوزيران مع نظيرهما السعودي في فيينا لبحث الأزمة.")?.placeId).toBe("vienna");
  });
  it("gives the dateline less weight than a cued place: a Moscow desk reports talks held elsewhere", () => {
    const v = venue("لافروف: لا نهج مشترك", "قال لافروف بعد اجتماع مع كيري في كوالالمبور إن الخلاف قائم.", "موسكو");
    expect(v).toMatchObject({ placeId: "kuala-lumpur", fromText: true });
  });
  it("falls back on the dateline, which alone never counts as read from the text", () => {
    expect(venue("كيري يدعو إلى التعاون", "دعا كيري إلى التعاون.", "موسكو")).toMatchObject({ placeId: "moscow", fromText: false });
    expect(venue("كيري يدعو إلى التعاون", "دعا كيري إلى التعاون.", "مدينة لا يعرفها أحد")).toMatchObject({ placeId: null, name: "مدينة لا يعرفها أحد" });
  });
  it("lets the dateline outweigh background deep in the body", () => {
    const tail = Array.from({ length: 5 }, () => "وتتواصل المعارك في ريف حلب.").join("\n\n");
    const v = venue("كيري في موسكو", `وصل كيري.\n\n${tail}\n\nوجرت جولات المحادثات حتى الآن في جنيف.`, "موسكو");
    expect(v?.placeId).toBe("moscow");
  });
  it("takes a visit's object right after the word, else a place with a preposition before one a few words on", () => {
    expect(venue("", "وعبر عن تقديره لقيامه بزيارة واشنطن بعد الحوار الذي بدأ في موسكو.")?.placeId).toBe("washington");
    expect(venue("", "وصل وزير خارجية إيران إلى موسكو أمس.")?.placeId).toBe("moscow");
    expect(venue("", "يزور الوزيران الروسي والأمريكي ماليزيا الأسبوع المقبل.")?.placeId).toBe("malaysia");
  });
  it("reads «المرتقب» after the event word as a coming occasion too", () => {
    expect(venue("", "وقال إن الاجتماع المرتقب في نيويورك سيبحث ما اتفق عليه الوزيران بعد لقائهما في جنيف.")?.placeId).toBe("geneva");
  });
  it("takes the first place after a cue, and a coming occasion's place weighs little beside it", () => {
    const v = venue("", "وقال كيري في مؤتمر صحافي في جنيف إنه ولافروف يعتزمان الاجتماع في نيويورك قريبا.");
    expect(v?.placeId).toBe("geneva");
    // Alone it is still named, but as no more than a dateline says of the reported occasion.
    expect(venue("", "قال كيري إنه ولافروف يعتزمان الاجتماع في نيويورك قريبا.")).toMatchObject({ placeId: "new-york", fromText: false });
    expect(venue("", "اتفق الوزيران اليوم على عقد مؤتمر دولي جديد في جنيف الشهر القادم.")).toMatchObject({ placeId: "geneva", fromText: false });
    expect(venue("", "عقد الوزيران اجتماعا في جنيف اليوم.")).toMatchObject({ placeId: "geneva", fromText: true });
  });
  it("never takes Syria, the topic, as the venue; a call has none", () => {
    expect(venue("محادثات في سوريا", "جرت محادثات في سوريا.")).toBeNull();
    expect(venue("اتصال هاتفي بين لافروف وكيري", "بحثا في اتصال هاتفي اجتماعا في جنيف.")).toBeNull();
  });
});
