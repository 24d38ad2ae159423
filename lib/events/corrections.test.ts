import { describe, expect, it } from "vitest";
import { applyCorrections, EDITORIAL_DATE_EVIDENCE, type Correction } from "./corrections";
import type { EventMember, PlannedEvent } from "./types";

const dated = (key: string): EventMember => ({ key, inferredDate: null, inferredEvidence: null, undatedReason: null });
const inferred = (key: string, date: string): EventMember => ({ key, inferredDate: date, inferredEvidence: "x", undatedReason: null });

function event(slug: string, members: EventMember[], over: Partial<PlannedEvent> = {}): PlannedEvent {
  return {
    slug,
    title: `عنوان ${slug}`,
    kind: "meeting",
    date: "2016-09-09",
    dateEnd: null,
    dateBasis: "explicit",
    place: "جنيف",
    placeId: "geneva",
    participants: [],
    members,
    ...over,
  };
}

const geneva = () => [event("geneva", [dated("1"), dated("2")]), event("moscow", [dated("3"), inferred("4", "2015-12-15")], { date: "2015-12-15" })];
const on = (slug: string, articles: string[]) => ({ eventSlug: slug, eventArticles: articles });

describe("applyCorrections", () => {
  it("overrides title, place, kind and date; a corrected date is editorial", () => {
    const out = applyCorrections(geneva(), [
      { ...on("moscow", ["3", "4"]), action: "set_title", to: "لقاء موسكو" },
      { ...on("moscow", ["3", "4"]), action: "set_place", to: "سوتشي" },
      { ...on("moscow", ["3", "4"]), action: "set_kind", to: "visit" },
      { ...on("moscow", ["3", "4"]), action: "set_date", to: { date: "2015-12-16", dateEnd: "2015-12-15" } },
    ]);
    const moscow = out.find((e) => e.slug === "moscow")!;
    expect(moscow).toMatchObject({ title: "لقاء موسكو", place: "سوتشي", placeId: null, kind: "visit", date: "2015-12-16", dateEnd: null, dateBasis: "editorial" });
    expect(moscow.members).toEqual(geneva()[1]!.members);
    expect(out.find((e) => e.slug === "geneva")).toEqual(geneva()[0]);
  });

  it("does not change the plan it is given", () => {
    const plan = geneva();
    applyCorrections(plan, [
      { ...on("geneva", ["1", "2"]), action: "set_title", to: "جديد" },
      { ...on("geneva", ["1", "2"]), action: "move_article", articleKey: "3" },
    ]);
    expect(plan).toEqual(geneva());
  });

  it("an override sticks when a later load adds coverage to the event", () => {
    const corrections: Correction[] = [{ ...on("geneva", ["1", "2"]), action: "set_title", to: "محادثات جنيف" }];
    const later = [event("geneva", [dated("1"), dated("2"), dated("9")], { title: "عنوان أحدث" }), ...geneva().slice(1)];
    expect(applyCorrections(later, corrections)[0]).toMatchObject({ title: "محادثات جنيف", members: [dated("1"), dated("2"), dated("9")] });
  });

  it("finds an event whose slug changed by the articles it held, the one sharing most of them", () => {
    const corrections: Correction[] = [{ ...on("geneva", ["1", "2"]), action: "set_kind", to: "agreement" }];
    // A new anchor article renamed the event; another event took one of its old articles.
    const regrouped = [event("other", [dated("2"), dated("3")]), event("geneva-2016", [dated("7"), dated("1")]), event("x", [dated("4")])];
    const out = applyCorrections(regrouped, corrections);
    expect(out.map((e) => e.kind)).toEqual(["agreement", "meeting", "meeting"]);
    // When a second article of the old event joins "geneva-2016", the most shared wins.
    const regrouped2 = [event("other", [dated("2"), dated("3")]), event("geneva-2016", [dated("7"), dated("1"), dated("2")])];
    expect(applyCorrections(regrouped2, corrections).map((e) => e.kind)).toEqual(["meeting", "agreement"]);
  });

  it("skips a correction whose event is gone entirely", () => {
    const out = applyCorrections(geneva(), [{ ...on("gone", ["42"]), action: "set_title", to: "؟" }]);
    expect(out).toEqual(geneva());
  });

  it("a moved article stays in its target event, takes its date, and an emptied event is dropped", () => {
    const corrections: Correction[] = [
      { ...on("geneva", ["1", "2"]), action: "move_article", articleKey: "4" },
      { ...on("geneva", ["1", "2", "4"]), action: "move_article", articleKey: "3" },
    ];
    const out = applyCorrections(geneva(), corrections);
    expect(out.map((e) => e.slug)).toEqual(["geneva"]);
    expect(out[0]!.members).toEqual([dated("1"), dated("2"), { key: "4", inferredDate: "2016-09-09", inferredEvidence: EDITORIAL_DATE_EVIDENCE, undatedReason: null }, dated("3")]);
    // Replayed on a regrouped plan (the grouping put article 4 back, 3 is in a renamed event), it still holds.
    const regrouped = [event("moscow-2", [dated("3"), inferred("4", "2015-12-15")], { date: "2015-12-15" }), event("geneva", [dated("1"), dated("2"), dated("5")])];
    const again = applyCorrections(regrouped, corrections);
    expect(again.map((e) => [e.slug, e.members.map((m) => m.key)])).toEqual([["geneva", ["1", "2", "5", "4", "3"]]]);
  });

  it("a move into an undated event withdraws the old inferred date", () => {
    const plan = [...geneva(), event("undated", [dated("8")], { date: null, dateBasis: "unknown" })];
    const out = applyCorrections(plan, [{ ...on("undated", ["8"]), action: "move_article", articleKey: "4" }]);
    expect(out[2]!.members[1]).toMatchObject({ key: "4", inferredDate: null, undatedReason: expect.any(String) });
  });

  it("a merge moves every article of the other event in, and keeps doing so as coverage joins it", () => {
    const merge: Correction = { ...on("geneva", ["1", "2"]), action: "merge", from: on("moscow", ["3", "4"]) };
    const out = applyCorrections(geneva(), [merge]);
    expect(out.map((e) => [e.slug, e.members.map((m) => m.key)])).toEqual([["geneva", ["1", "2", "3", "4"]]]);
    expect(out[0]!.members[3]).toMatchObject({ key: "4", inferredDate: "2016-09-09" });
    // Later: the merged-away event got a new slug and a new article.
    const later = [event("geneva", [dated("1"), dated("2")]), event("moscow-2", [dated("3"), dated("6")])];
    expect(applyCorrections(later, [merge]).map((e) => e.members.map((m) => m.key))).toEqual([["1", "2", "3", "6"]]);
    // Never merges an event into itself.
    expect(applyCorrections(geneva(), [{ ...merge, from: on("geneva", ["1", "2"]) }]).map((e) => e.slug)).toEqual(["geneva", "moscow"]);
  });

  describe("split", () => {
    // Stands in for describeMembers: names the new event after its first article, dated 2016-09-10.
    const describe = (keys: string[]): PlannedEvent => event(`split-of-${keys[0]}`, keys.map(dated), { title: "حدث مفصول", date: "2016-09-10" });
    const three = () => [event("geneva", [dated("1"), dated("2"), inferred("5", "2016-09-09")]), ...geneva().slice(1)];
    const splitOff = (keys: string[]): Correction => ({ ...on("geneva", ["1", "2", "5"]), action: "split", articleKeys: keys });

    it("moves the named articles to a new event, described from them; the old event keeps its identity", () => {
      const out = applyCorrections(three(), [splitOff(["2", "5"])], describe);
      expect(out.map((e) => [e.slug, e.title, e.members.map((m) => m.key)])).toEqual([
        ["geneva", "عنوان geneva", ["1"]],
        ["moscow", "عنوان moscow", ["3", "4"]],
        ["split-of-2", "حدث مفصول", ["2", "5"]],
      ]);
      // The undated article is dated by its new event now, as an editor's placement.
      expect(out[2]!.members[1]).toMatchObject({ key: "5", inferredDate: "2016-09-10", inferredEvidence: EDITORIAL_DATE_EVIDENCE });
    });

    it("is replayed after a regroup, even when the event's slug changed", () => {
      const regrouped = [event("geneva-new", [dated("1"), dated("2"), dated("5"), dated("9")]), ...geneva().slice(1)];
      const out = applyCorrections(regrouped, [splitOff(["2", "5"])], describe);
      expect(out.map((e) => e.members.map((m) => m.key))).toEqual([
        ["1", "9"],
        ["3", "4"],
        ["2", "5"],
      ]);
    });

    it("ignores articles no longer in the event, and never empties the event or splits without a describer", () => {
      expect(applyCorrections(three(), [splitOff(["2", "3"])], describe).map((e) => e.members.map((m) => m.key))).toEqual([["1", "5"], ["3", "4"], ["2"]]);
      expect(applyCorrections(three(), [splitOff(["1", "2", "5"])], describe)).toEqual(three());
      expect(applyCorrections(three(), [splitOff(["8"])], describe)).toEqual(three());
      expect(applyCorrections(three(), [splitOff(["2"])])).toEqual(three());
    });

    it("gives the new event a slug no other event has", () => {
      const out = applyCorrections(three(), [splitOff(["2"])], () => event("moscow", [dated("2")]));
      expect(out.map((e) => e.slug)).toEqual(["geneva", "moscow", "moscow-2"]);
    });
  });
});
