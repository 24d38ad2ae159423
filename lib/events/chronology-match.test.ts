import { describe, expect, it } from "vitest";
import type { ChronologyEntry } from "../entities/chronology";
import type { DateClues, WeekdayClue } from "../extract/types";
import { dateFromChronology } from "./chronology-date";
import { indexChronology, topicStopwords } from "./chronology-index";
import { tokenize } from "../arabic/tokens";
import { topicKeysOf } from "./topic-words";
import { matchChronology, matchCorroborated, scoreChronology } from "./chronology-match";
import { features } from "./test-features";

const entry = (over: Partial<ChronologyEntry> & Pick<ChronologyEntry, "id" | "date" | "kind">): ChronologyEntry => ({
  endDate: null,
  place: null,
  placeAr: null,
  participants: ["john-kerry", "sergey-lavrov"],
  titleAr: over.id,
  titleEn: over.id,
  aliasesAr: [],
  storyline: null,
  sources: ["https://example.org/"],
  ...over,
});

// A made-up chronology: two calls a week apart, a meeting in Geneva and another, a year later, in Geneva too.
const index = indexChronology(
  [
    entry({ id: "call-a", date: "2016-02-09", kind: "call" }),
    entry({ id: "call-b", date: "2016-02-16", kind: "call" }),
    entry({ id: "geneva-1", date: "2015-03-14", kind: "meeting", place: "geneva", placeAr: "جنيف" }),
    entry({ id: "geneva-2", date: "2016-03-15", kind: "meeting", place: "geneva", placeAr: "جنيف", aliasesAr: ["محادثات الربيع"] }),
  ],
  [{ id: "geneva", country: "switzerland" }],
);

const clues = (weekdays: Array<Partial<WeekdayClue>>, extra: Partial<DateClues> = {}): DateClues => ({
  weekdays: weekdays.map((w) => ({ weekday: 2, relation: "bare", text: "", at: 0, lead: true, inTitle: false, ...w })),
  dayMonths: [],
  years: [],
  monthWindow: null,
  candidates: [],
  distractors: [],
  ...extra,
});
const undated = (over: Parameters<typeof features>[0], c: DateClues) => {
  const f = features({ date: null, ...over });
  return { ...f, item: { ...f.item, dateClues: c } };
};

describe("matching an article to the reference chronology", () => {
  it("a dated report of a call joins the call of its day, not the one a week later", () => {
    expect(matchChronology(features({ date: "2016-02-09" }), index)?.entry.entry.id).toBe("call-a");
    expect(matchChronology(features({ date: "2016-02-17" }), index)?.entry.entry.id).toBe("call-b");
  });

  it("a call reported four days off matches no call: calls are many", () => {
    expect(matchChronology(features({ date: "2016-02-12" }), index)).toBeNull();
  });

  it("a meeting report never joins a call", () => {
    expect(matchChronology(features({ date: "2016-02-09", kind: "meeting", kinds: ["meeting"] }), index)).toBeNull();
  });

  it("an undated report of talks in Geneva is placed by the weekday its lead names", () => {
    const venue = { placeId: "geneva", name: "جنيف", fromText: true };
    const tuesday = undated({ kind: "meeting", kinds: ["meeting"], venue }, clues([{ weekday: 2 }]));
    const saturday = undated({ kind: "meeting", kinds: ["meeting"], venue }, clues([{ weekday: 6 }]));
    expect(matchChronology(tuesday, index)?.entry.entry.id).toBe("geneva-2"); // 15 March 2016 was a Tuesday
    expect(matchChronology(saturday, index)?.entry.entry.id).toBe("geneva-1"); // 14 March 2015 a Saturday
  });

  it("between occurrences alike in people, place and weekday, the one whose subject the lead names", () => {
    const visits = indexChronology(
      [
        entry({ id: "moscow-2013", date: "2013-05-07", kind: "visit", place: "moscow", titleAr: "زيارة كيري إلى موسكو والاتفاق على عقد مؤتمر دولي حول سوريا" }),
        entry({ id: "moscow-2015", date: "2015-12-15", kind: "visit", place: "moscow", titleAr: "زيارة كيري إلى موسكو لبحث الهدنة في حلب" }),
      ],
      [{ id: "moscow", country: "russia" }],
    );
    const lead = "اتفق الوزيران في محادثات أمس الثلاثاء على السعي لعقد مؤتمر دولي";
    const f = undated({ kind: "meeting", kinds: ["meeting"], leadTopics: topicKeysOf([tokenize(lead)], topicStopwords()) }, clues([{ weekday: 2, relation: "yesterday" }]));
    const [best, next] = scoreChronology(f, visits);
    expect(best!.entry.entry.id).toBe("moscow-2013");
    expect(best!.reasons.some((r) => r.startsWith("topic("))).toBe(true);
    expect(next!.reasons.some((r) => r.startsWith("topic("))).toBe(false);
    // Talks reported as a meeting are the visit's: its kind counts as the meeting's.
    expect(best!.reasons).toContain("kind:meeting/visit+1");
  });

  it("the delegations the top of the story lists tell a four-way meeting from an expanded one", () => {
    const countries: Record<string, string> = { "john-kerry": "US", "sergey-lavrov": "RU", jubeir: "SA", sinirlioglu: "TR", zarif: "IR", fabius: "FR" };
    const vienna = indexChronology(
      [
        entry({ id: "four-way", date: "2015-10-23", kind: "meeting", place: "vienna", participants: ["john-kerry", "sergey-lavrov", "jubeir", "sinirlioglu"] }),
        entry({ id: "expanded", date: "2015-10-30", kind: "meeting", place: "vienna", participants: ["john-kerry", "sergey-lavrov", "jubeir", "zarif", "fabius"] }),
      ],
      [
        { id: "vienna", country: "austria" },
        { id: "saudi-arabia", iso: "SA" },
        { id: "turkey", iso: "TR" },
        { id: "iran", iso: "IR" },
        { id: "france", iso: "FR" },
        { id: "united-states", iso: "US" },
      ],
      { personCountry: (id) => countries[id] ?? null },
    );
    const listed = (names: string[]) => scoreChronology(undated({ kind: "meeting", kinds: ["meeting"], topCountries: new Set(names) }, clues([{ weekday: 5 }])), vienna);
    const [best, next] = listed(["turkey", "saudi-arabia"]);
    expect(best!.entry.entry.id).toBe("four-way");
    expect(best!.reasons).toContain("delegations+2");
    // One country in common is an aside, not a list of delegations.
    expect(next!.reasons.some((r) => r.startsWith("delegations"))).toBe(false);
    const [expanded] = listed(["iran", "france", "turkey"]);
    expect(expanded!.entry.entry.id).toBe("expanded");
    expect(expanded!.reasons).toContain("delegations+1"); // two shared of the four countries named by either
  });

  it("a story of one side's minister with a third country's, naming nobody of the other side, is another meeting", () => {
    const countries: Record<string, string> = { "john-kerry": "US", "sergey-lavrov": "RU", jubeir: "SA", assad: "SY" };
    const moscow = indexChronology([entry({ id: "kerry-in-moscow", date: "2015-12-15", kind: "visit", place: "moscow" })], [{ id: "moscow", country: "russia" }], {
      personCountry: (id) => countries[id] ?? null,
    });
    const reasons = (main: string[], people: string[]) => {
      const f = undated({ kind: "meeting", kinds: ["meeting"], main }, clues([{ weekday: 2 }]));
      return scoreChronology({ ...f, item: { ...f.item, people } }, moscow)[0]!.reasons;
    };
    expect(reasons(["jubeir", "sergey-lavrov"], ["jubeir", "sergey-lavrov"])).toContain("other-pair-3");
    // Kerry named too, or Syria's own figure beside Lavrov (the topic): the same occurrence may be reported.
    expect(reasons(["jubeir", "sergey-lavrov"], ["jubeir", "sergey-lavrov", "john-kerry"])).not.toContain("other-pair-3");
    expect(reasons(["sergey-lavrov", "assad"], ["sergey-lavrov", "assad"])).not.toContain("other-pair-3");
  });

  it("«اليوم» names the occurrence's own day; the day after fits less, and the day before only in a preview", () => {
    const venue = { placeId: "geneva", name: "جنيف", fromText: true };
    const reasonsFor = (weekday: number, id: string) =>
      scoreChronology(undated({ kind: "meeting", kinds: ["meeting"], venue }, clues([{ weekday, relation: "today" }])), index).find((m) => m.entry.entry.id === id)!.reasons;
    expect(reasonsFor(6, "geneva-1")).toContain("weekday-fits+1.5"); // «اليوم السبت»: Saturday 14 March 2015
    expect(reasonsFor(0, "geneva-1")).toContain("weekday-fits+0.5"); // «اليوم الأحد»: the day after
    expect(reasonsFor(1, "geneva-2")).toContain("weekday-clash-1.5"); // «اليوم الاثنين», the eve of Tuesday's talks, is no report of them
  });

  it("without a weekday, two Geneva meetings tie and neither is taken; a name the press gives one decides", () => {
    const venue = { placeId: "geneva", name: "جنيف", fromText: true };
    const plain = undated({ kind: "meeting", kinds: ["meeting"], venue }, clues([]));
    expect(matchChronology(plain, index)).toBeNull();
    const named = { ...plain, item: { ...plain.item, title: "انطلاق محادثات الربيع في جنيف" } };
    expect(matchChronology(named, index)?.entry.entry.id).toBe("geneva-2");
  });

  it("a tie is settled by the occurrence whose coverage in the load tells the same story, when it stands out", () => {
    const venue = { placeId: "geneva", name: "جنيف", fromText: true };
    const plain = undated({ kind: "meeting", kinds: ["meeting"], venue }, clues([]));
    const only = (id: string, shared: number) => (entry: string) => (entry === id ? shared : 0);
    expect(matchCorroborated(plain, index, only("geneva-1", 0.3))?.entry.entry.id).toBe("geneva-1");
    expect(matchCorroborated(plain, index, only("geneva-2", 0.3))?.entry.entry.id).toBe("geneva-2");
    expect(matchCorroborated(plain, index, (id) => (id === "geneva-2" ? 0.4 : 0.1))?.entry.entry.id).toBe("geneva-2");
    expect(matchCorroborated(plain, index, () => 0.3)).toBeNull(); // both tell it alike
    expect(matchCorroborated(plain, index, only("geneva-1", 0.005))).toBeNull(); // present, but another story
    expect(matchCorroborated(plain, index, () => 0)).toBeNull();
  });

  it("an article with too little evidence is not corroborated into an occurrence", () => {
    const vague = undated({ kind: "statement", kinds: ["statement"], principals: [], main: [] }, clues([]));
    expect(matchCorroborated(vague, index, () => 1)).toBeNull();
  });

  it("a day named as coming («الخميس المقبل») that is not the occurrence's says nothing against it", () => {
    const venue = { placeId: "geneva", name: "جنيف", fromText: true };
    // geneva-2 was on a Tuesday; what it agreed starts «الخميس المقبل».
    const ahead = undated({ kind: "meeting", kinds: ["meeting"], venue }, clues([{ weekday: 4, relation: "next" }]));
    const bare = undated({ kind: "meeting", kinds: ["meeting"], venue }, clues([{ weekday: 4 }]));
    const scoreOf = (f: typeof ahead) => scoreChronology(f, index).find((m) => m.entry.entry.id === "geneva-2")!;
    expect(scoreOf(ahead).reasons.some((r) => r.startsWith("weekday-clash"))).toBe(false);
    expect(scoreOf(bare).reasons.some((r) => r.startsWith("weekday-clash"))).toBe(true);
  });

  it("a weekday given its date («الثلاثاء المقبل 16 شباط») names that day only, not every occurrence on that weekday", () => {
    const dm = { day: 16, month: 2, weekday: null, relation: "plain" as const, text: "16 شباط", at: 16, lead: true, inTitle: false };
    const pinned = undated({}, clues([{ weekday: 2, relation: "next", text: "الثلاثاء", at: 0 }], { dayMonths: [dm] }));
    const alone = undated({}, clues([{ weekday: 2, relation: "next", text: "الثلاثاء", at: 0 }]));
    const ahead = (f: typeof pinned, id: string) =>
      scoreChronology(f, index)
        .find((m) => m.entry.entry.id === id)!
        .reasons.includes("weekday-ahead+1");
    expect([ahead(pinned, "call-a"), ahead(pinned, "call-b")]).toEqual([false, true]); // both calls on a Tuesday, 9 and 16 February
    expect([ahead(alone, "call-a"), ahead(alone, "call-b")]).toEqual([true, true]);
    // Far from the weekday (a date further on in the sentence), the date does not pin it.
    const far = undated({}, clues([{ weekday: 2, relation: "next", text: "الثلاثاء", at: 0 }], { dayMonths: [{ ...dm, at: 60 }] }));
    expect(ahead(far, "call-a")).toBe(true);
  });

  it("the announcement of an agreement is of its kind: a statement counts as the agreement's report", () => {
    const deals = indexChronology([
      entry({ id: "deal", date: "2016-03-12", kind: "agreement", place: "geneva", placeAr: "جنيف" }),
      entry({ id: "talks", date: "2016-03-12", kind: "meeting", place: "geneva", placeAr: "جنيف" }),
    ]);
    const announced = features({ date: "2016-03-12", kind: "statement", kinds: ["statement"] });
    const reasons = scoreChronology(announced, deals).find((m) => m.entry.entry.id === "deal")!.reasons;
    expect(reasons).toContain("kind:statement/agreement+1");
    expect(
      scoreChronology(announced, deals)
        .find((m) => m.entry.entry.id === "talks")!
        .reasons.some((r) => r.startsWith("kind:")),
    ).toBe(false);
  });

  it("a venue given in the text elsewhere rules a meeting out", () => {
    const elsewhere = features({ date: "2016-03-15", kind: "meeting", kinds: ["meeting"], venue: { placeId: "vienna", name: "فيينا", fromText: true } });
    expect(matchChronology(elsewhere, index)).toBeNull();
  });
});

describe("dating an undated article from the occurrence it reports", () => {
  const geneva = index.entries.find((e) => e.entry.id === "geneva-2")!; // Tuesday 15 March 2016
  it("«اليوم الثلاثاء» is the occurrence's day; «أمس الثلاثاء» the day after it", () => {
    expect(dateFromChronology(geneva, clues([{ weekday: 2, relation: "today" }])).iso).toBe("2016-03-15");
    expect(dateFromChronology(geneva, clues([{ weekday: 2, relation: "yesterday" }])).iso).toBe("2016-03-16");
  });

  it("a preview: «اليوم الجمعة» with the talks «الثلاثاء المقبل» is the Friday before", () => {
    const preview = clues([
      { weekday: 5, relation: "today" },
      { weekday: 2, relation: "next", lead: false },
    ]);
    expect(dateFromChronology(geneva, preview).iso).toBe("2016-03-11");
  });

  it("no weekday: talks that end in an agreement date their coverage by the agreement's day", () => {
    const talks = indexChronology([entry({ id: "deal", date: "2016-03-12", endDate: "2016-03-14", kind: "agreement" })], []).entries[0]!;
    expect(dateFromChronology(talks, clues([])).iso).toBe("2016-03-14");
  });

  it("no weekday: the day of a multi-day occurrence the text names dates it; a one-day occurrence ignores it", () => {
    const talks = indexChronology([entry({ id: "deal", date: "2016-03-12", endDate: "2016-03-14", kind: "agreement" })], []).entries[0]!;
    expect(dateFromChronology(talks, clues([]), { day: 1, quote: "أول اجتماعاتهما" })).toMatchObject({ iso: "2016-03-12", evidence: expect.stringContaining("أول اجتماعاتهما") });
    expect(dateFromChronology(talks, clues([]), { day: 2, quote: "اليوم الثاني" }).iso).toBe("2016-03-13");
    const round = indexChronology([entry({ id: "round", date: "2016-03-12", endDate: "2016-03-14", kind: "meeting" })], []).entries[0]!;
    expect(dateFromChronology(round, clues([]), { day: 3, quote: "اليوم الثالث" }).iso).toBe("2016-03-14");
    expect(dateFromChronology(round, clues([]), { day: 5, quote: "اليوم الخامس" }).iso).toBe("2016-03-12"); // another count: the occasion's own day
    expect(dateFromChronology(geneva, clues([]), { day: 2, quote: "اليوم الثاني" }).iso).toBe(dateFromChronology(geneva, clues([])).iso);
  });

  it("a weekday outside the lead dates the article only from right beside the occurrence", () => {
    // geneva-2 is Tuesday 15 March 2016: «الأربعاء» further down is the morning after (a late press conference).
    expect(dateFromChronology(geneva, clues([{ weekday: 3, lead: false }])).iso).toBe("2016-03-16");
    // «الجمعة» further down is three days off: another occurrence's day, so the occurrence's own day stands.
    expect(dateFromChronology(geneva, clues([{ weekday: 5, lead: false }])).iso).toBe("2016-03-15");
    // A lead weekday still comes first.
    expect(
      dateFromChronology(
        geneva,
        clues([
          { weekday: 3, lead: false },
          { weekday: 2, relation: "today", lead: true },
        ]),
      ).iso,
    ).toBe("2016-03-15");
  });

  it("a year-less date the words call today or yesterday dates the article, in the occurrence's year", () => {
    const dm = (day: number, month: number, writingOffset: number | null) => ({
      day,
      month,
      weekday: null,
      relation: "plain" as const,
      text: `${day}/${month}`,
      at: 0,
      lead: false,
      inTitle: false,
      writingOffset,
    });
    // «اليوم 1 آذار» in a preview of geneva-2 (15 March 2016): written on 1 March 2016.
    expect(dateFromChronology(geneva, clues([], { dayMonths: [dm(1, 3, 0)] })).iso).toBe("2016-03-01");
    // «أمس 14 آذار»: written the day after.
    expect(dateFromChronology(geneva, clues([], { dayMonths: [dm(14, 3, 1)] })).iso).toBe("2016-03-15");
    // A weekday written with it (Sunday too) keeps only the years it allows; a day the calendar lacks is none.
    const sunday = { ...dm(13, 3, 0), weekday: 0, years: [2011] };
    expect(dateFromChronology(geneva, clues([], { dayMonths: [sunday] })).iso).toBe("2016-03-15");
    expect(dateFromChronology(geneva, clues([], { dayMonths: [dm(30, 2, 0)] })).iso).toBe("2016-03-15");
    // Far from the occurrence, or not said to be the writing day: the occurrence's own day stands.
    expect(dateFromChronology(geneva, clues([], { dayMonths: [dm(5, 1, 0), dm(10, 3, null)] })).iso).toBe("2016-03-15");
  });

  it("a bare weekday off the occurrence is another day's (a truce from Saturday), not the writing day", () => {
    // geneva-2 is Tuesday 15 March 2016; «السبت» is four days off either way.
    expect(dateFromChronology(geneva, clues([{ weekday: 6 }])).iso).toBe("2016-03-15");
    expect(dateFromChronology(geneva, clues([{ weekday: 3 }])).iso).toBe("2016-03-16"); // the day after: reported then
  });

  it("no weekday: the occurrence's own day, and the evidence says so in Arabic", () => {
    const d = dateFromChronology(geneva, clues([]));
    expect(d.iso).toBe("2016-03-15");
    expect(d.evidence).toContain("في المرجع الزمني للمحادثات");
  });
});
