import { describe, expect, it } from "vitest";
import { isoOf } from "./days";
import { featuresOf } from "./features";
import type { CoverageItem } from "./types";

const item = (over: Partial<CoverageItem>): CoverageItem => ({
  key: "k",
  title: "",
  body: "",
  publishedAt: null,
  dateBasis: "unknown",
  dateEvidence: null,
  outlet: null,
  people: [],
  places: [],
  datelineCity: null,
  ...over,
});

describe("features", () => {
  it("reads kind and venue up to the words that turn a brief to another story («من جهة أخرى»)", () => {
    const body = "قال سيرغي لافروف وجون كيري إن البلدين اتفقا في محادثات أمس على السعي لعقد مؤتمر دولي. من جهة أخرى استقبل بشار الأسد وزيرا وصل إلى دمشق في زيارة لم يعلن عنها.";
    const f = featuresOf(item({ body, people: ["sergey-lavrov", "john-kerry", "bashar-al-assad"] }));
    expect(f.venue).toBeNull();
    expect(f.kind).toBe("meeting");
    const whole = featuresOf(item({ body: body.replace("من جهة أخرى ", ""), people: ["sergey-lavrov", "john-kerry", "bashar-al-assad"] }));
    expect(whole.venue?.placeId).toBe("damascus");
    // Inside a sentence the words weigh two sides of one story: nothing is cut.
    const inside = featuresOf(item({ body: "قال لافروف من جهة أخرى إنه اجتمع مع كيري في جنيف أمس.", people: ["sergey-lavrov", "john-kerry"] }));
    expect(inside.venue?.placeId).toBe("geneva");
  });

  it("reads the delegations a story lists after a word of taking part, not countries named otherwise", () => {
    const f = featuresOf(item({ body: "قال لافروف إنه يريد مشاركة مصر وإيران في أي محادثات مستقبلية. كان يتحدث بعد اجتماع شاركت فيه الولايات المتحدة وروسيا وتركيا والسعودية." }));
    expect([...f.topCountries].sort()).toEqual(["saudi-arabia", "turkey"]);
    expect(featuresOf(item({ body: "تركيا والسعودية تدعمان المعارضة، وإيران تدعم النظام." })).topCountries.size).toBe(0);
  });

  it("takes the day of an occasion its words name, but not a count of days running", () => {
    expect(featuresOf(item({ body: "في اليوم الثاني من المحادثات في جنيف اتفق الوزيران." })).dayOfEvent).toMatchObject({ day: 2 });
    expect(featuresOf(item({ body: "تواصل القصف لليوم الثاني على التوالي على الأحياء الشرقية." })).dayOfEvent).toBeNull();
  });
  it("names the lead's people first: a headline may name a topic (مصير الأسد)", () => {
    const f = featuresOf(
      item({
        title: "اجتماع فيينا ينتهي دون اتفاق على مصير الأسد",
        body: "انتهى اجتماع سيرغي لافروف وجون كيري في فيينا.",
        people: ["bashar-al-assad", "sergey-lavrov", "john-kerry"],
      }),
    );
    expect(f.principals).toEqual(["sergey-lavrov", "john-kerry", "bashar-al-assad"]);
  });
  it("adds the counterpart met after 'مع', and titles prefer it", () => {
    const f = featuresOf(
      item({
        title: "أمريكا تتطلع لمحادثات مع روسيا",
        body: "قال جون كيري إن باراك أوباما يأمل في محادثات.\n\nوخلال اجتماع في لندن مع وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان، لفت كيري إلى ذلك.",
        people: ["john-kerry", "barack-obama", "abdullah-bin-zayed"],
      }),
    );
    expect(f.main).toEqual(["john-kerry", "abdullah-bin-zayed"]);
    expect(f.principals).toContain("abdullah-bin-zayed");
  });
  it("reads the reported day back to a weekday of the last REPORT_LAG_DAYS, not further", () => {
    const friday = { publishedAt: "2016-07-15", dateBasis: "explicit" as const, people: ["john-kerry"] };
    expect(isoOf(featuresOf(item({ ...friday, body: "قال كيري الخميس إن ..." })).eventDay!)).toBe("2016-07-14");
    expect(isoOf(featuresOf(item({ ...friday, body: "قال كيري الجمعة إن ..." })).eventDay!)).toBe("2016-07-15");
    // Monday is four days back: background, the article reports its own day.
    expect(isoOf(featuresOf(item({ ...friday, body: "قال كيري الاثنين إن ..." })).eventDay!)).toBe("2016-07-15");
  });
  it("quotes a day-of-visit cue with the words that finish it", () => {
    const f = featuresOf(item({ body: "شدد كيري الجمعة على التعاون.\n\nوفي اليوم الثاني والاخير من زيارته لموسكو، دعا كيري إلى التعاون." }));
    expect(f.dayOfEvent).toEqual({ day: 2, quote: "اليوم الثاني والاخير من زيارته" });
    expect(f.weekday).toEqual({ weekday: 5, text: "الجمعة" });
    expect(f.multiDay).toBe(true);
  });
  it("takes the kind from title and lead together, by priority", () => {
    const f = featuresOf(item({ title: "موسكو وواشنطن تبحثان الهدنة قبل اجتماع ميونيخ", body: "بحث لافروف وكيري في اتصال هاتفي الهدنة." }));
    expect(f.kind).toBe("call");
  });
});
